# Class attributes computed when the class statement runs: shared by the
# instances, read through the class or an instance, rebound on the class.


class Palette:
    colors = ["red", "green", "blue"]
    lookup = {"red": 1, "green": 2, "blue": 3}
    origin = (0, 0)
    total = 0

    def __init__(self, extra):
        self.extra = extra

    def all_colors(self):
        return self.colors + [self.extra]

    def code(self, name):
        return self.lookup.get(name, 0)


class Counter:
    created = 0
    names = []

    def __init__(self, name):
        Counter.created = Counter.created + 1
        Counter.names.append(name)


def main():
    p = Palette("black")
    q = Palette("white")
    print(p.all_colors(), q.all_colors())
    print(p.code("green"), q.code("purple"), p.origin)
    p.colors.append("cyan")  # the list is shared
    print(q.colors, Palette.colors)
    q.colors = ["mauve"]  # an instance attribute shadows it
    print(q.colors, p.colors)
    Counter("a")
    Counter("b")
    Counter("c")
    print(Counter.created, Counter.names)


if __name__ == "__main__":
    main()
