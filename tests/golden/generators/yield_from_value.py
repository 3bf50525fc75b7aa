# x = yield from sub(): the value the sub-generator returned (None for
# one that returns nothing, and for other iterables).


def sub(n):
    for i in range(n):
        yield i
    return n * 10


def plain():
    yield -1


def outer():
    x = yield from sub(3)
    print("sub returned", x)
    y = yield from sub(0)
    print("sub returned", y)
    z = yield from plain()
    print("plain returned", z)
    w = yield from [7, 8]
    print("list gave", w)
    yield x + y


print(list(outer()))


def total(items):
    s = 0
    for x in items:
        s += x
        yield s
    return s


def report():
    result = yield from total([1, 2, 3])
    yield result * 100


for v in report():
    print(v)


def words(text):
    for w in text.split():
        yield w
    return len(text.split())


def numbered(text):
    count = yield from words(text)
    yield "count " + str(count)


print(list(numbered("a b c")))
