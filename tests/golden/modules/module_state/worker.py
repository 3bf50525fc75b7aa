import config
from config import history


def work(n):
    config.set_level(config.level + n)
    if config.verbose:
        print("  working at", config.level)
    return config.level * 10


def snapshot():
    # history is the list bound when this module was imported: the same
    # object that config.history still names.
    return len(history), history is config.history
