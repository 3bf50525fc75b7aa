# Tuples of different lengths meeting in one variable, attribute, list,
# parameter or return value: tuple[T, ...].


class Item:
    def __init__(self, name: str, aliases: tuple[str, ...] = ()):
        self.name = name
        self.aliases = aliases

    def matches(self, word: str) -> bool:
        return word == self.name or word in self.aliases


items = [Item("lamp"), Item("book", ("diary",)), Item("gem", ("emerald", "stone"))]
for it in items:
    print(it.name, it.aliases, len(it.aliases), it.matches("stone"), it.matches("diary"))
    for alias in it.aliases:
        print("  alias", alias)
print([it.name for it in items if it.matches("lamp")])


def path_to(n):
    if n == 0:
        return ()
    if n == 1:
        return (1,)
    return (1, n, n * n)


paths = [path_to(0), path_to(1), path_to(3)]
print(paths)
print(sorted(paths))
print(sorted([(3, 1), (1, 2, 3), (1, 2), (), (1,)]))
print(sorted(paths, reverse=True))

def letters(k):
    if k == 0:
        return ()
    if k == 1:
        return ("a",)
    return ("a", "b", "c")


t = letters(0)
print(t, str(t), repr(t), len(t))
t = letters(1)
print(t, str(t), repr(t))
t = letters(3)
print(t, str(t), repr(t), f"{t}")
print(t[0], t[-1], t[1], t[-3])
print(t[1:], t[:-1], t[::-1], t[::2], t[5:])
print(t == ("a", "b", "c"), t != ("a", "b"), t == ("a", "b"), t < ("b",), t > ("a", "b"))
print("b" in t, "z" in t, "z" not in t)
print(t.count("a"), t.index("c"))
print(list(t), sorted(t, reverse=True), "-".join(t), any(x == "b" for x in t))
for i in range(-4, 4):
    try:
        print(i, t[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    t.index("q")
except ValueError as e:
    print("ValueError:", e)

u = t + ("d",)
print(u, len(u))
v = t * 2
print(v, len(v))
n = 3
w = ("x",) * n
print(w)
print(() * 5, t * 0, t * -1)
nums = (1, 2)
for k in range(2):
    nums = nums + (3,)
nums = nums * 2
print(nums, sum(nums), max(nums), min(nums))

counts = {}
for key in [(), ("a",), ("a", "b"), ("a",), (), ("a", "b"), ("b", "a")]:
    counts[key] = counts.get(key, 0) + 1
print(counts)
print(sorted(counts.items()))
seen = set()
for key in [(1,), (1, 2), (1,), (2, 1), ()]:
    seen.add(key)
print(len(seen), (1, 2) in seen, (3,) in seen)
print(hash(()) == hash(tuple()), hash((1, 2)) == hash((1, 2)))

pair = ("p", "q")
if n > 5:
    pair = ("r",)
a, b = pair
print(a, b)
for parts in [("k", "v"), ("x", "y", "z"), ("only",)]:
    try:
        x, y = parts
        print("unpacked", x, y)
    except ValueError as e:
        print("ValueError:", e)
first, *rest = ("h", "i", "j") if n > 2 else ("h",)
print(first, rest)


def longest(groups):
    best = ()
    for g in groups:
        if len(g) > len(best):
            best = g
    return best


print(longest([(1,), (4, 5, 6), (7, 8)]))
print(bool(()), bool((0,)), not ())
