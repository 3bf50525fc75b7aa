import math
from geometry.vector import Vector
from geometry import ORIGIN


class Circle:
    def __init__(self, radius, center=None):
        self.radius = radius
        self.center = center if center is not None else ORIGIN

    def area(self):
        return math.pi * self.radius ** 2

    def contains(self, p):
        return (p - self.center).length() <= self.radius


def unit():
    return Circle(1.0)
