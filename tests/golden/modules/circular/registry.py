# A circular import CPython accepts: registry imports plugins, plugins
# import registry; each uses the other only inside functions (or after the
# names it needs are defined).
handlers = {}
order = []


def register(name, handler):
    handlers[name] = handler
    order.append(name)


def run(name, value):
    if name not in handlers:
        return plugins.fallback(value)
    return handlers[name](value)


import plugins  # noqa: E402  (after register exists: plugins calls it)

print("registry loaded with", order)
