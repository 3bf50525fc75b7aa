for x in [1, 2, 3]:
    print("list", x)
for y in (4, 5):
    print("tuple", y)
for ch in "hi!":
    print("str", ch)
d = {"a": 1, "b": 2}
for k in d:
    print("key", k)
for k2 in d.keys():
    print("keys", k2)
for v in d.values():
    print("value", v)
for k3, v3 in d.items():
    print("item", k3, v3)
for i, s in enumerate(["x", "y"]):
    print("enum", i, s)
for a, b in zip([1, 2, 3], "abc"):
    print("zip", a, b)
for z in reversed([1, 2, 3]):
    print("rev", z)
