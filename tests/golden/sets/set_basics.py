# Set displays, add/remove/discard/pop/clear, membership, len, truth and
# printing in CPython's table order.
a = {33, 1, 17, 9}
print(a)
x = 33
y = 1
b = {x, y, 17, 9}
print(b, len(b))
s = set()
print(s, len(s), bool(s))
for v in [5, 13, 21, 3, 13, 5]:
    s.add(v)
print(s, bool(s))
s.remove(13)
print(s)
s.discard(100)
s.discard(21)
print(s, 5 in s, 21 in s, 99 not in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
g = set()
for i in range(0, 200, 7):
    g.add(i * 37 % 101 - 50)
print(g)
print(len(g), sorted(g)[:5], min(g), max(g), sum(g))
for i in range(0, 200, 14):
    g.discard(i * 37 % 101 - 50)
print(g)
words = {"pear", "apple", "fig", "banana", "kiwi"}
print(words)
w = set()
for word in "the quick brown fox jumps over the lazy dog".split():
    w.add(word)
print(w, len(w))
print(str({7}), repr({-1, -2}), f"{set()}")
