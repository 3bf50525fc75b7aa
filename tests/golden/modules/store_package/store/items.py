DEFAULT_QTY = 1


class Item:
    def __init__(self, name, price, qty=DEFAULT_QTY):
        self.name = name
        self.price = price
        self.qty = qty

    def cost(self):
        return self.price * self.qty

    def label(self):
        return f"{self.name} x{self.qty} @ {self.price:.2f}"
