# Imports inside functions run the module body at the first call only.
import math


def first():
    import lazy
    return lazy.value()


def second():
    from lazy import value
    import lazy as again
    return value() + again.calls


def root(x):
    from math import sqrt
    return sqrt(x) + math.floor(2.5)


print("before")
print(first(), first(), second(), root(16.0))
import lazy

print(lazy.calls)
