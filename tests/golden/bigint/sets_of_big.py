s: set[int] = set()
for i in range(20):
    s.add(3 ** (i * 5) - 2 ** (i * 3))
print(s)
t = set([2 ** 64, 2 ** 65 + 1, -(2 ** 70), 5, 2 ** 64])
print(t, len(t))
u = {x * 2 ** 61 for x in range(10)}
print(u)
print(sorted(s & {1, 0, 2 ** 60}))
print(2 ** 64 in t, 2 ** 64 + 1 in t)
v = t | {2 ** 100}
v.discard(5)
print(v)
# Displays: CPython folds the items up to 128 bits, and then the display.
print({2 ** 64, 2 ** 65, 3, 2 ** 100, -2 ** 70})
print({2 ** 64, 2 ** 63, 3, 2 ** 100, -2 ** 70})
print({1 << 130, 5, 7}, {5, 7, 1 << 20, 3 * 2 ** 100})
print({10 ** 30, 10 ** 40, 1, 2})
