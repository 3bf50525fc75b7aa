# Module-level state: globals read and rebound by functions of this module
# and by other modules (through the module and with `global`).
verbose = False
level = 0
history = []


def set_level(n):
    global level
    history.append(level)
    level = n


def describe():
    return "level=%d verbose=%s history=%s" % (level, verbose, history)
