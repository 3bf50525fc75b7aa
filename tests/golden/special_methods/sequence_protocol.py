# a user sequence: __len__, __getitem__ with negative indices, __setitem__, __delitem__, __contains__, __bool__


class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def _pos(self, i):
        n = len(self.items)
        if n == 0:
            raise IndexError("empty ring")
        return i % n

    def __getitem__(self, i):
        return self.items[self._pos(i)]

    def __setitem__(self, i, value):
        self.items[self._pos(i)] = value

    def __delitem__(self, i):
        del self.items[self._pos(i)]

    def __contains__(self, value):
        return value in self.items

    def __bool__(self):
        return len(self.items) > 0

    def rotate(self, k):
        k = k % len(self.items)
        self.items = self.items[k:] + self.items[:k]


r = Ring(["a", "b", "c", "d"])
print(len(r), r[0], r[3], r[4], r[-1], r[10])
r[5] = "B"
print(r.items)
del r[-4]
print(r.items, len(r))
print("c" in r, "a" in r, "z" not in r)
r.rotate(1)
print(r.items)
print([r[i] for i in range(6)])
while r:
    print("removing", r[0])
    del r[0]
print(bool(r), len(r))
try:
    print(r[0])
except IndexError as e:
    print("IndexError:", e)
words = Ring(["x", "y", "z"])
words[1] += "!"
words[-1] *= 3
print(words.items, "".join(words[i] for i in range(len(words))))
if words:
    print("non-empty ring of", len(words))
