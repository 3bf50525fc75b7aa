class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("area of " + self.name)

    def describe(self):
        return "%s with %d sides, area %.2f" % (self.name, self.sides, self.area())


class ShapeError(Exception):
    def __init__(self, shape, message):
        super().__init__(message)
        self.shape = shape
