"""Shapes with an area and a perimeter."""
import math

UNIT = "cm"


class Shape:
    def name(self):
        raise NotImplementedError

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name()}: area {self.area():.2f} {UNIT}², perimeter {self.perimeter():.2f} {UNIT}"


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def name(self):
        return f"circle r={self.radius}"

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def name(self):
        return f"rectangle {self.width}x{self.height}"

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)
