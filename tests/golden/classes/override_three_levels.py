# Method calls dispatch to the most derived override, through three levels,
# from a base-class method (self.g()) and from a list of mixed instances.
class A:
    def f(self):
        return self.g() * 10

    def g(self):
        return 1

    def name(self):
        return "A"


class B(A):
    def g(self):
        return 2


class C(B):
    def g(self):
        return 3

    def name(self):
        return "C"


class D(A):
    pass


def pick(i):
    if i == 0:
        return A()
    if i == 1:
        return B()
    if i == 2:
        return C()
    return D()


for i in range(4):
    x = pick(i)
    print(i, x.f(), x.g(), x.name(), isinstance(x, B), isinstance(x, C))
