# match with class patterns: keyword attributes, positional via __match_args__, subclasses, guards
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Rect(Shape):
    def __init__(self, corner, w, h):
        self.corner = corner
        self.w = w
        self.h = h


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "x=0, y=" + str(y)
        case Point(x, 0):
            return "y=0, x=" + str(x)
        case Point(x=a, y=b) if a == b:
            return "diagonal " + str(a)
        case Point():
            return "elsewhere"


def area(s):
    match s:
        case Circle(_, 0):
            return "degenerate circle"
        case Circle(Point(0, 0), r):
            return "centered circle r=" + str(r)
        case Circle(radius=r):
            return "circle r=" + str(r)
        case Rect(w=w, h=h) if w == h:
            return "square side " + str(w)
        case Rect(corner=Point(x=cx), w=w, h=h):
            return "rect at x=" + str(cx) + " area " + str(w * h)
        case _:
            return "unknown shape"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7)]:
    print(where(p))
shapes = [Circle(Point(1, 1), 0), Circle(Point(0, 0), 3), Circle(Point(2, 5), 4), Rect(Point(9, 9), 2, 2), Rect(Point(4, 1), 2, 5), Shape()]
for s in shapes:
    print(area(s))
