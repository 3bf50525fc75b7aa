# container special methods: __len__, __getitem__, __setitem__, __delitem__, __contains__, __bool__
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range: " + str(pos))
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value

    def __contains__(self, value):
        return value in self.cells


class Registry:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return len(self.data) > 0


g = Grid(3, 2)
print(len(g))
g[1, 1] = 5
g[2, 0] = 7
print(g[1, 1], g[2, 0], g[0, 0])
print(5 in g, 6 in g, 6 not in g)
try:
    print(g[3, 0])
except IndexError as e:
    print("error:", e)
r = Registry()
print(bool(r), len(r))
if not r:
    print("registry empty")
r["a"] = 1
r["b"] = 2
r["a"] += 10
print(r["a"], r["b"], len(r), "a" in r, "z" in r)
del r["a"]
print("a" in r, len(r), bool(r))
try:
    print(r["a"])
except KeyError as e:
    print("error:", e)
try:
    del r["missing"]
except KeyError as e:
    print("error:", e)
if r:
    print("registry has", len(r))
