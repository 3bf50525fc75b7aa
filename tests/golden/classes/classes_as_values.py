# type(x), x.__class__ and class attributes of a class chosen at run time.
class Shape:
    sides = 0
    name = "shape"

    def __init__(self, size):
        self.size = size


class Triangle(Shape):
    sides = 3
    name = "triangle"


class Square(Shape):
    sides = 4
    name = "square"


class Cube(Square):
    name = "cube"


def build(kind, size):
    if kind == 3:
        return Triangle(size)
    if kind == 4:
        return Square(size)
    if kind == 6:
        return Cube(size)
    return Shape(size)


for kind in [0, 3, 4, 6]:
    s = build(kind, kind + 1)
    cls = type(s)
    print(kind, cls.name, cls.sides, s.__class__ is Square, type(s) is Cube,
          isinstance(s, Square))
pick = Triangle if len("ab") > 1 else Square
print(pick.name, pick(5).size, pick is Triangle)
