class ConfigError(Exception):
    pass

settings = {"mode": "fast"}
for key in ["mode", "level"]:
    print("checking", key)
    if key not in settings:
        raise ConfigError("missing setting: " + key)
    print("ok", settings[key])
