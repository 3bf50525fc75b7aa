# abstract base methods raising NotImplementedError, overridden in subclasses, template methods


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("area() not implemented for " + self.name)

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def perimeter(self):
        return 2 * 3.14159 * self.r


class Blob(Shape):
    def __init__(self):
        super().__init__("blob")

    def area(self):
        return 1.0


shapes = [Rect(3, 4), Circle(1.5), Rect(1, 1), Blob(), Shape("generic")]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("cannot describe", s.name, "->", repr(str(e)))
total = 0.0
for s in shapes:
    try:
        total += s.area()
    except NotImplementedError:
        print("skipping", s.name)
print(round(total, 4))
print(sorted((s.name for s in shapes[:3]), reverse=True))
print(isinstance(shapes[0], Shape), isinstance(shapes[3], Rect))
