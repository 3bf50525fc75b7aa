# early exit: return inside generators, break out of loops over generators, partially consumed generators


def primes():
    found = []
    n = 2
    while True:
        if all(n % p != 0 for p in found):
            found.append(n)
            yield n
        n += 1


def take_while_positive(values):
    for v in values:
        if v <= 0:
            return
        yield v


def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                yield r, c
                return
    yield -1, -1


def limited(gen, n):
    count = 0
    for x in gen:
        if count == n:
            break
        yield x
        count += 1


first = []
for p in primes():
    if p > 40:
        break
    first.append(p)
print(first)
print(list(limited(primes(), 12)))
print(list(take_while_positive([5, 3, 8, -1, 4, 6])))
print(list(take_while_positive([-2, 1])))
grid = [[1, 2, 3], [4, 5, 6], [7, 5, 9]]
print(list(search(grid, 5)), list(search(grid, 10)))
g = primes()
print(next(g), next(g), next(g))
for p in g:
    if p > 10:
        print("resumed at", p)
        break
print(next(g))
squares = (x * x for x in range(1, 100))
for s in squares:
    if s > 50:
        print("first square over 50:", s)
        break
print("next after that:", next(squares))
found = None
for w in (w for w in ["kiwi", "plum", "mango", "lime"] if len(w) == 5):
    found = w
    break
print(found)
