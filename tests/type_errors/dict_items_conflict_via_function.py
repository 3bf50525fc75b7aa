def register(registry, name, handler_id):
    registry[name] = handler_id


registry = {}
register(registry, "open", 1)
register(registry, "close", "two")
print(registry)
