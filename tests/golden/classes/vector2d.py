import math

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def length(self):
        return math.sqrt(self.dot(self))

    def __str__(self):
        return "(%.2f, %.2f)" % (self.x, self.y)

a = Vec(3.0, 4.0)
b = Vec(-1.0, 2.5)
print(a, b, a.add(b), a.scale(0.5), a.dot(b), a.length())
pos = Vec(0.0, 0.0)
vel = Vec(1.0, 0.5)
for step in range(5):
    pos = pos.add(vel)
    vel = vel.scale(0.9)
    print(step, pos, "%.4f" % vel.length())
