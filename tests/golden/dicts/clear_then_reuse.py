# A dict filled again after clear() (and after popping everything), a
# Counter and a defaultdict too.
from collections import Counter, defaultdict

d = {"a": 1, "b": 2, "c": 3}
d.clear()
d["a"] = 5
d["z"] = 6
print(d, len(d), "a" in d, "b" in d, d.get("b", -1))
for round_number in range(3):
    d.clear()
    for i in range(20):
        d[str(i)] = i * round_number
    print(len(d), d["7"], sum(d.values()))
while d:
    d.popitem()
d["again"] = 1
print(d)
c = Counter("hello")
c.clear()
c["x"] += 2
print(c, c["l"])
groups = defaultdict(list)
groups["k"].append(1)
groups.clear()
groups["k"].append(2)
print(dict(groups))
