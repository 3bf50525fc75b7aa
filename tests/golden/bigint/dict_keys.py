counts: dict[int, int] = {}
for i in range(40):
    key = (3 ** i) % (2 ** 70 + 25)
    counts[key % 7 + 2 ** 64] = counts.get(key % 7 + 2 ** 64, 0) + 1
print(counts)
d = {2 ** 100: "big", 1: "one", -(2 ** 80): "neg"}
print(d[2 ** 100], d[4 ** 50], d.get(2 ** 100 + 1, "none"))
print(sorted(d.keys()))
for k, v in d.items():
    print(k, v)
names = {10 ** n: "1e" + str(n) for n in range(15, 25)}
print(names)
