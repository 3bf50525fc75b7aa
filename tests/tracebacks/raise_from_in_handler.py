class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port: " + text) from e


def load(settings):
    ports = []
    for key in settings:
        ports.append(parse_port(settings[key]))
    return ports


print(load({"a": "80", "b": "443"}))
print(load({"a": "80", "b": "http"}))
