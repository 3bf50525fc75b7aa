# Special methods called with an int and with a float: each call gets the
# result of its own argument's kind.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return self.x + o

    def __mul__(self, k):
        return V(self.x * k)

    def __rsub__(self, o):
        return o - self.x

    def __repr__(self):
        return "V(" + repr(self.x) + ")"


v = V(2)
print(v + 1, v + 1.5, v + True)
print(v * 3, v * 0.5, (v * 3) * 0.25)
print(10 - v, 2.5 - v)
w = V(1.5)
print(w + 1, w * 2, 1 - w)
