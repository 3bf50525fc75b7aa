# yield from a generator, from lists and ranges, recursive delegation and generator composition


def evens(limit):
    for n in range(0, limit, 2):
        yield n


def odds(limit):
    yield from range(1, limit, 2)


def both(limit):
    yield from (str(n) for n in evens(limit))
    yield "|"
    yield from (str(n) for n in odds(limit))


def permutations(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + rest


def frames(name, depth):
    yield f"enter {name}"
    if depth > 0:
        yield from frames(name + ".child", depth - 1)
    yield f"exit {name}"


def round_robin(a, b, c):
    for x, y, z in zip(a, b, c):
        yield x
        yield y
        yield z


print(list(evens(9)), list(odds(9)))
print([str(x) for x in evens(5)])
print(list(both(6)))
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))
for line in frames("main", 2):
    print(line)
print(list(round_robin(evens(10), odds(10), range(100, 105))))
gen = permutations([10, 20, 30, 40])
print(next(gen), next(gen), next(gen))
print(["".join(str(d) for d in p) for p in permutations([7, 8, 9]) if p[0] != 7])
