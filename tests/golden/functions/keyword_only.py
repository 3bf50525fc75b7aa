class Move:
    NORMAL = 0
    CAPTURE = 1


def kw(a, *, b=2, c=3):
    return a + b + c


def tag(name, *items, sep=", ", upper=False):
    text = sep.join(items)
    return name + ": " + (text.upper() if upper else text)


def make(kind=Move.NORMAL, *, label):
    return label + str(kind)


print(kw(1, c=10), kw(5), kw(a=1, b=1, c=1))
print(tag("x", "a", "b"), tag("y", "c", "d", sep="-", upper=True), tag("z", "q"))
print(make(label="m"), make(Move.CAPTURE, label="n"))
