# Container special methods: __len__, __getitem__, __setitem__,
# __delitem__, __contains__, __iter__/__next__, __call__.


class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [0] * (width * height)

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.width + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.width + x] = value

    def __contains__(self, value):
        return value in self.cells


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Registry:
    def __init__(self):
        self.names = []

    def __len__(self):
        return len(self.names)

    def __call__(self, name):
        self.names.append(name)
        return len(self.names)

    def __iter__(self):
        for name in self.names:
            yield name.title()

    def __delitem__(self, index):
        del self.names[index]


def main():
    g = Grid(3, 2)
    g[1, 1] = 5
    g[2, 0] = 7
    print(len(g), g[1, 1], g[2, 0], g[0, 0], 5 in g, 9 in g, 9 not in g)
    print(list(g.cells))
    for n in Countdown(4):
        print("tick", n)
    total = 0
    for n in Countdown(100):
        total += n
    print(total)
    r = Registry()
    print(len(r), bool(r))
    print(r("ada"), r("grace"), r("linus"))
    for name in r:
        print(name)
    del r[0]
    print(len(r), r.names)
    if r:
        print("registry not empty")


if __name__ == "__main__":
    main()
