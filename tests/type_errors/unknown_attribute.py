class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
if p.x > 5:
    print(p.z)
print(p.x + p.y)
