# class attributes: constants, counters updated via the class, shared mutable lists, shadowing by instances
class Config:
    VERSION = "1.2"
    MAX_ITEMS = 3
    RATE = 0.25


class Tracker:
    created = 0
    registry = []

    def __init__(self, name):
        self.name = name
        Tracker.created += 1
        Tracker.registry.append(name)


class Shape:
    sides = 0
    kind = "shape"

    def info(self):
        return self.kind + ":" + str(self.sides)


class Triangle(Shape):
    sides = 3
    kind = "triangle"


class Square(Shape):
    sides = 4


print(Config.VERSION, Config.MAX_ITEMS, Config.RATE * 100)
c = Config()
print(c.VERSION, c.MAX_ITEMS)
print(Tracker.created, Tracker.registry)
t1 = Tracker("a")
t2 = Tracker("b")
print(Tracker.created, Tracker.registry)
print(t1.registry is t2.registry, t1.created)
t1.registry.append("via-instance")
print(Tracker.registry)
print(Shape().info(), Triangle().info(), Square().info())
s = Square()
s.kind = "custom"
print(s.info(), Square().info(), Square.kind)
Square.sides = 40
print(Square().info(), s.info(), Triangle.sides)
for i in range(Config.MAX_ITEMS):
    Tracker("item" + str(i))
print(Tracker.created, len(Tracker.registry))
