# generators that yield class instances and iterate over lists of objects
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


def grid(w, h):
    for y in range(h):
        for x in range(w):
            yield Point(x, y)


def diagonal(points):
    for p in points:
        if p.x == p.y:
            yield p


def expensive(items, limit):
    for it in items:
        if it.price * it.qty > limit:
            yield it.name


def moved(points, dx, dy):
    for p in points:
        yield Point(p.x + dx, p.y + dy)


print(list(grid(2, 2)))
print(list(diagonal(grid(3, 3))))
print([repr(p) for p in moved(diagonal(grid(4, 4)), 10, -1)])
stock = [Item("pen", 1.5, 10), Item("lamp", 30.0, 1), Item("desk", 120.0, 2), Item("cup", 4.0, 3)]
print(list(expensive(stock, 14.0)))
print(list(expensive(stock, 1000.0)))
total = sum(it.price * it.qty for it in stock)
print("total", total)
g = grid(100, 100)
first = next(g)
second = next(g)
print(first, second, first.x + second.x)
far = [p for p in grid(3, 2) if p.x + p.y >= 2]
print(far)
