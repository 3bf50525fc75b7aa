class Shape:
    def __init__(self, name):
        self.name = name
        self.size = 1.0


class Label(Shape):
    def __init__(self, name, text):
        Shape.__init__(self, name)
        self.size = text


shapes = [Shape("dot"), Label("tag", "big")]
for s in shapes:
    print(s.name, s.size)
