config = {"width": 80, "height": 24, "title": "main"}

for key in config:
    print(key, config[key])
