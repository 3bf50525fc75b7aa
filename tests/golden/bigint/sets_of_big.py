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
