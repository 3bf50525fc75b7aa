# next() of a generator expression: the first matching item, lazily.


class Item:
    def __init__(self, name: str, weight: int):
        self.name = name
        self.weight = weight


def first_heavy(items, limit):
    return next((i for i in items if i.weight > limit), None)


items = [Item("feather", 1), Item("book", 3), Item("anvil", 50)]
for limit in [0, 2, 10, 100]:
    found = first_heavy(items, limit)
    print(limit, found.name if found is not None else "nothing")

calls = []


def square(x):
    calls.append(x)
    return x * x


print(next(square(n) for n in range(1000000) if n > 3))
print(calls)
print(next((c for c in "krait" if c in "aeiou"), "?"), next((c for c in "xyz" if c == "a"), "?"))
try:
    print(next(n for n in [1, 2, 3] if n > 5))
except StopIteration:
    print("StopIteration")
