# A classmethod inherited by subclasses, called through each class and
# through instances: cls is the class it was looked up on.


class Base:
    def __init__(self, v):
        self.v = v

    @classmethod
    def create(cls):
        return cls(1)

    @classmethod
    def describe(cls, n):
        return cls.__name__ + "/" + str(n)


class Sub(Base):
    pass


class Leaf(Sub):
    pass


a = Sub.create()
print(type(a).__name__, a.v)
b = Base.create()
print(type(b).__name__, b.v)
c = Leaf.create()
print(type(c).__name__, c.v)
print(Sub.describe(2), Base.describe(3), Leaf.describe(4))
print(a.describe(5), b.describe(6), c.describe(7))
