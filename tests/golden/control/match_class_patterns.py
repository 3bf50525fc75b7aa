# match with class patterns (keyword and positional via __match_args__), captures and nested patterns


class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Rect(Shape):
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w = w
        self.h = h


class Tri(Shape):
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


def area_of(s):
    match s:
        case Circle(0):
            return "a dot"
        case Circle(r) if r > 10:
            return f"big circle {3 * r * r}"
        case Circle(r=r):
            return f"circle {3 * r * r}"
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=1):
            return f"strip {w}"
        case Rect(w, h):
            return f"rect {w * h}"
        case _:
            return "unknown"


for s in [Circle(0), Circle(2), Circle(11), Rect(3, 3), Rect(7, 1), Rect(2, 5)]:
    print(area_of(s))


def kind(t):
    match t:
        case Tri(a=a, b=b, c=c) if a == b == c:
            return "equilateral"
        case Tri(a=a, b=b, c=c) if a == b or b == c or a == c:
            return "isosceles"
        case Tri():
            return "scalene"


print([kind(t) for t in [Tri(2, 2, 2), Tri(3, 4, 3), Tri(3, 4, 5)]])


def total(values):
    match values:
        case [int(x)]:
            return x
        case [int(x), *rest]:
            return x + total(rest)
        case _:
            return 0


print(total([1, 2, 3, 4]), total([]), total([42]))
