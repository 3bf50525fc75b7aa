# nested helper functions reading enclosing variables and parameters
def summarize(values):
    n = len(values)

    def mean():
        return sum(values) / n

    def variance():
        m = mean()
        return sum((v - m) ** 2 for v in values) / n

    def describe():
        return "n=" + str(n) + " mean=" + str(mean()) + " var=" + str(variance())

    return describe()


print(summarize([2, 4, 4, 4, 5, 5, 7, 9]))
print(summarize([1.5, 2.5]))


def tokenize(text):
    tokens = []

    def flush(buf):
        if buf:
            tokens.append(buf)

    buf = ""
    for ch in text:
        if ch.isspace() or ch in "+-*/()":
            flush(buf)
            buf = ""
            if not ch.isspace():
                tokens.append(ch)
        else:
            buf += ch
    flush(buf)
    return tokens


print(tokenize("12 + foo*(bar - 3)"))
print(tokenize("   "))
print(tokenize("x"))


def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c

        return inner(b + 1)

    return middle(a + 1)


print(outer(1), outer(3))


def walk(depth):
    def helper(d, path):
        if d == 0:
            return [path]
        return helper(d - 1, path + "L") + helper(d - 1, path + "R")

    return helper(depth, "")


print(walk(0))
print(walk(2))
print(len(walk(5)))
