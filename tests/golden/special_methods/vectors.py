# Arithmetic and comparison special methods on a small vector class.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __le__(self, other):
        return abs(self) <= abs(other)

    def __bool__(self):
        return self.x != 0.0 or self.y != 0.0

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __gt__(self, other):
        return self.cents > other.cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)


def main():
    a = Vec(3.0, 4.0)
    b = Vec(1.0, -2.0)
    print(a + b, a - b, a * 2.0, 0.5 * a, a / 2.0, -b)
    print(abs(a), a == Vec(3.0, 4.0), a != b, a == b)
    print(b < a, a < b, a <= a, a > b, b >= a)
    zero = Vec(0.0, 0.0)
    if zero:
        print("zero is true")
    else:
        print("zero is false")
    print(bool(a), not zero)
    total = Vec(0.0, 0.0)
    for v in [a, b, Vec(0.5, 0.5)]:
        total = total + v
    print(total)
    wallet = Money(150)
    wallet += Money(275)
    print(wallet, wallet + Money(5), wallet > Money(400), Money(1) > wallet)


if __name__ == "__main__":
    main()
