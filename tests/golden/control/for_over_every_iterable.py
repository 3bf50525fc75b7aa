d = {"a": 1, "b": 2}
for k in d:
    print(k)
for k in d.keys():
    print(k, d[k])
for v in d.values():
    print(v)
for k, v in d.items():
    print(k, v)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for i, ch in enumerate("héllo", 1):
    print(i, ch)
for a, b, c in zip([1, 2, 3], "xy", (4.5, 5.5, 6.5)):
    print(a, b, c)
t = (1, 2, 3)
for x in t:
    print(x)
for x in reversed([1, 2, 3]):
    print(x)
print(sum(d.values()), max(d.keys()), sorted(d.items()), list(enumerate(t)))
print(min((3, 1, 2)), list(zip(t, t)))
for i, x in enumerate(range(3)):
    print(i, x)
