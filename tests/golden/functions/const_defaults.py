# default parameter values of various constant kinds
def greet(name="world", punct="!"):
    return "Hello, " + name + punct


def repeat(s, n=3):
    return s * n


def ratio(a, b=2.0):
    return a / b


def flag(x, enabled=True):
    if enabled:
        return x
    return -x


def pick(items, default=None):
    if items:
        return items[0]
    return default


def neg(x=-1):
    return x * 2


def tup(a, pair=(1, 2)):
    return a + pair[0] + pair[1]


print(greet())
print(greet("Krait"))
print(greet("you", "?"))
print(greet(punct="."))
print(repeat("ab"))
print(repeat("ab", 0))
print(repeat("-", 10))
print(ratio(5))
print(ratio(5, 4))
print(ratio(1, b=8.0))
print(flag(7))
print(flag(7, False))
print(flag(7, enabled=False))
print(pick(["x", "y"]))
print(pick([]))
print(pick([], "fallback"))
print(neg())
print(neg(10))
print(tup(0))
print(tup(10, (5, 5)))
for i in range(3):
    print(i, greet(str(i)), repeat("*", i))
