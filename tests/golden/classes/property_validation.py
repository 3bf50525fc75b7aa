# properties with setters that validate and derive values; read-only computed properties


class Rectangle:
    def __init__(self, width, height):
        self._width = 0
        self._height = 0
        self.width = width
        self.height = height
        self.changes = 0

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._width = value

    @property
    def height(self):
        return self._height

    @height.setter
    def height(self, value):
        if value <= 0:
            raise ValueError(f"height must be positive, got {value}")
        self._height = value

    @property
    def area(self):
        return self._width * self._height

    @property
    def is_square(self):
        return self._width == self._height


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.setter
    def full_name(self, value):
        first, _, last = value.partition(" ")
        self.first = first
        self.last = last

    @property
    def initials(self):
        return self.first[:1] + self.last[:1]


r = Rectangle(3, 4)
print(r.width, r.height, r.area, r.is_square)
r.width = 4
print(r.area, r.is_square)
for bad in [0, -2]:
    try:
        r.height = bad
    except ValueError as e:
        print("rejected:", e)
print(r.height, r.area)
try:
    Rectangle(-1, 5)
except ValueError as e:
    print("constructor:", e)
rects = [Rectangle(w, h) for w, h in [(2, 2), (5, 1), (3, 3)]]
print([x.area for x in rects], [x.is_square for x in rects])
print(max(rects, key=lambda x: x.area).width)
p = Person("Ada", "Lovelace")
print(p.full_name, p.initials)
p.full_name = "Grace Hopper"
print(p.first, p.last, p.initials)
p.last = "Murray"
print(p.full_name)
