# staticmethod, classmethod (as alternative constructors) and property with setter


class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, celsius):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls(0.0)
        t.fahrenheit = f
        return t

    @staticmethod
    def is_freezing(c):
        return c <= 0

    @classmethod
    def count(cls):
        return cls.instances


t = Temperature(25.0)
print(t.celsius, t.fahrenheit)
t.celsius = 100.0
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212.0
print(t.celsius)
u = Temperature.from_fahrenheit(14.0)
print(u.celsius, Temperature.is_freezing(u.celsius), u.is_freezing(5.0))
try:
    u.celsius = -300.0
except ValueError as e:
    print("error:", e)
print(u.celsius)
print(Temperature.count(), t.count())


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def parse(text):
        a, b = text.split("x")
        return Rect(int(a), int(b))


r = Rect.square(4)
print(r.w, r.h, r.area)
p = Rect.parse("3x7")
print(p.w, p.h, p.area)
p.w = 10
print(p.area)
