# Packages: __init__.py, submodules, relative imports (from . and from ..),
# `import a.b.c`, `import a.b as c`, `from package import submodule`.
import geometry.shapes.circle
import geometry.shapes as shapes
from geometry import Vector, ORIGIN
from geometry.shapes import Polygon, perimeter, circle

square = Polygon([(0, 0), (2, 0), (2, 2), (0, 2)])
print(perimeter(square), shapes.perimeter(square))
print([e for e in square.edges()])
c = geometry.shapes.circle.Circle(2.0, Vector(1.0, 1.0))
print("%.4f" % c.area(), c.contains(Vector(2.0, 2.0)), c.contains(ORIGIN))
u = circle.unit()
print(u.center, u.center is ORIGIN, geometry.ORIGIN + Vector(3, 4))
print((Vector(3, 4) - ORIGIN).length(), geometry.vector.Vector(1, 2))
print(geometry.__name__, shapes.__name__, circle.__name__)
