from ..vector import Vector


class Polygon:
    def __init__(self, points):
        self.points = [Vector(x, y) for x, y in points]

    def edges(self):
        n = len(self.points)
        return [self.points[(i + 1) % n] - self.points[i] for i in range(n)]


def perimeter(poly):
    return sum(e.length() for e in poly.edges())
