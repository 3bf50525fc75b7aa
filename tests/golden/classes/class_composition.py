class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

class Cart:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def total(self):
        s = 0.0
        for it in self.items:
            s += it.total()
        return s

    def most_expensive(self):
        best = self.items[0]
        for it in self.items:
            if it.total() > best.total():
                best = it
        return best

cart = Cart()
cart.add(Item("pen", 1.5, 4))
cart.add(Item("book", 12.25, 2))
cart.add(Item("bag", 20.0, 1))
print("%.2f" % cart.total(), cart.most_expensive().name, len(cart.items))
