# exceptions raised inside generators propagate to the consumer and are caught there
def parse_ints(tokens):
    for t in tokens:
        yield int(t)


def checked(xs):
    for x in xs:
        if x < 0:
            raise ValueError("negative value: " + str(x))
        yield x


def divide_all(num, divisors):
    for d in divisors:
        yield num // d


def guarded(tokens):
    for t in tokens:
        try:
            yield int(t)
        except ValueError:
            yield -1


class StreamError(Exception):
    pass


def stream(n, bad):
    for i in range(n):
        if i == bad:
            raise StreamError("bad item at " + str(i))
        yield i


out = []
try:
    for v in parse_ints(["1", "2", "x3", "4"]):
        out.append(v)
except ValueError as e:
    print("error:", e)
print(out)

try:
    print(list(checked([1, 2, -7, 3])))
except ValueError as e:
    print("error:", e)

got = []
try:
    for q in divide_all(100, [3, 7, 0, 5]):
        got.append(q)
except ZeroDivisionError as e:
    print("error:", e, got)

print(list(guarded(["5", "oops", "6"])))

seen = []
try:
    for v in stream(10, 4):
        seen.append(v)
except StreamError as e:
    print("error:", e)
finally:
    print("finally", seen)

g = checked([5, -1])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("error:", e)
print(next(g, 42))
