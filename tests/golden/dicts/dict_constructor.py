a = {"x": 1, "y": 2}
b = dict(a)
b["z"] = 3
print(a, b)
c = dict([(1, "one"), (2, "two"), (1, "uno")])
print(c)
d = dict(zip("abc", range(3)))
print(d)
e = dict(red=1, green=2, blue=3)
print(e, len(e))
f = dict((k, v * 2) for k, v in e.items())
print(f)
g: dict[str, list[int]] = dict()
g["q"] = [1]
print(g)
h = dict(enumerate(["p", "q"]))
print(h)
