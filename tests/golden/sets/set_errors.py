# Exceptions from sets: KeyError from remove and pop, RuntimeError when a
# set changes size during iteration, frozenset immutability via copies.
def remove_all(s, items):
    for x in items:
        try:
            s.remove(x)
            print("removed", x)
        except KeyError as e:
            print("missing", e)


s = {"a", "b", "c"}
remove_all(s, ["a", "z", "a", "c"])
print(s)
empty = set()
try:
    empty.pop()
except KeyError as e:
    print("KeyError:", e)
n = {1, 2, 3}
try:
    for v in n:
        n.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(n))
t = {(1, "x"), (2, "y")}
try:
    t.remove((3, "z"))
except KeyError as e:
    print("KeyError:", e)
f = frozenset({5, 6})
g = f.copy()
print(g is f, f)
h = {10, 20}
h2 = h.copy()
h2.add(30)
print(h, h2, h2 is h)
