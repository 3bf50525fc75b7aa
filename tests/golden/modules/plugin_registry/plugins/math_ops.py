import registry

LOADED = "math"


@registry.register("double")
def double(s):
    return s * 2


def square(n):
    return n * n
