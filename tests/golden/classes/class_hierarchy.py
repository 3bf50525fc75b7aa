import math

class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def __str__(self):
        return "%s with area %.2f" % (self.name, self.area())

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

shapes = [Circle(1.0), Rect(2.0, 3.5), Square(3.0)]
for s in shapes:
    print(s)
total = sum([s.area() for s in shapes])
print("total %.3f" % total)
print([isinstance(s, Rect) for s in shapes])
