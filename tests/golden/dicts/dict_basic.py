d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
d["a"] = 10
del d["b"]
print(d)
print(d.get("a", 0), d.get("q", -1))
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v)
