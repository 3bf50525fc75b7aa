from base import Shape, ShapeError
import base


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        if self.w < 0 or self.h < 0:
            raise ShapeError(self, "negative size")
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Blob(base.Shape):
    pass
