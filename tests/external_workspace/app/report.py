"""Describes a few shapes, largest first."""
from geometry.shapes import Circle, Rectangle

shapes = [Circle(1.5), Rectangle(3, 4), Circle(0.5), Rectangle(2.5, 1)]
for shape in sorted(shapes, key=lambda s: -s.area()):
    print(shape.describe())
print(f"total area: {sum(s.area() for s in shapes):.3f}")
