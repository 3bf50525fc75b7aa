import registry


def double(x):
    return 2 * x


def negate(x):
    return -x


def fallback(x):
    return registry.run("double", x) + 1


registry.register("double", double)
registry.register("negate", negate)
print("plugins registered", len(registry.handlers))
