# yield from: delegating to sub-generators, ranges, lists and recursive generators
def inner(n):
    for i in range(n):
        yield i * 10


def outer():
    yield -1
    yield from inner(3)
    yield from [100, 200]
    yield from range(3, 0, -1)
    yield -2


def chain(a, b):
    yield from a
    yield from b


def tree_walk(depth, label):
    yield label
    if depth > 0:
        yield from tree_walk(depth - 1, label + "0")
        yield from tree_walk(depth - 1, label + "1")


def flatten(nested):
    for sub in nested:
        yield from sub


def chars_then_words(words):
    for w in words:
        yield from w
    yield from words


print(list(outer()))
print(list(chain([1, 2], [3, 4, 5])))
print(list(chain([], [])))
print(list(tree_walk(2, "r")))
print(list(flatten([[1], [], [2, 3], [4, 5, 6]])))
print(list(chars_then_words(["ab", "c"])))
print(sum(flatten([[1, 2], [3]])))
g = outer()
print(next(g), next(g), next(g))
print(list(g))
