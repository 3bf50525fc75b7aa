# staticmethod, classmethod and property (with a setter) on user classes.


class Temperature:
    scale = "celsius"

    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = value

    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32

    @staticmethod
    def parse(text):
        return float(text.strip().rstrip("C"))

    @classmethod
    def from_text(cls, text):
        return cls(Temperature.parse(text))


class MathUtil:
    square = staticmethod(lambda x: x * x)

    @staticmethod
    def clamp(value, low, high):
        return max(low, min(high, value))


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return "<" + self.name + ">"

    @classmethod
    def describe(cls):
        return "shapes: " + cls.__name__ if False else "shapes"


def main():
    t = Temperature(21.5)
    print(t.degrees, t.fahrenheit)
    t.degrees = 100.0
    print(t.degrees, t.fahrenheit)
    try:
        t.degrees = -300.0
    except ValueError as e:
        print("error:", e)
    print(t.degrees)
    u = Temperature.from_text(" 37.5C ")
    print(u.degrees, Temperature.parse("4C"), t.parse("5"))
    print(MathUtil.square(7), MathUtil().square(3), MathUtil.clamp(15, 0, 10), MathUtil.clamp(-2, 0, 10))
    s = Shape("circle")
    print(s.label, Shape.describe(), Temperature.scale, t.scale)


if __name__ == "__main__":
    main()
