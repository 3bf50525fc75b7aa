class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, p.dist2(q))
p.move(3, 4)
print(p.x, p.y, p.dist2(q))
