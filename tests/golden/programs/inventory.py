class Product:
    def __init__(self, sku, name, price, stock):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    def value(self):
        return self.price * self.stock

    def label(self):
        return "%s (%s)" % (self.name, self.sku)


class Perishable(Product):
    def __init__(self, sku, name, price, stock, days):
        super().__init__(sku, name, price, stock)
        self.days = days

    def age(self):
        self.days -= 1
        if self.days <= 0:
            lost = self.stock
            self.stock = 0
            return lost
        return 0

    def label(self):
        return "%s, %d days left" % (super().label(), self.days)


class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []

    def add(self, p):
        self.products[p.sku] = p

    def sell(self, sku, qty):
        if sku not in self.products:
            raise KeyError(sku)
        p = self.products[sku]
        if qty > p.stock:
            self.log.append("short %s: wanted %d, had %d" % (sku, qty, p.stock))
            qty = p.stock
        p.stock -= qty
        return qty * p.price

    def end_of_day(self):
        for p in self.products.values():
            if isinstance(p, Perishable):
                lost = p.age()
                if lost:
                    self.log.append("spoiled %d of %s" % (lost, p.sku))

    def report(self):
        for sku in sorted(self.products):
            p = self.products[sku]
            print("  %-32s stock %3d value %8.2f" % (p.label(), p.stock, p.value()))


inv = Inventory()
inv.add(Product("B1", "bolt", 0.25, 500))
inv.add(Product("H2", "hammer", 12.5, 10))
inv.add(Perishable("M3", "milk", 1.2, 40, 2))
inv.add(Perishable("E4", "eggs", 2.75, 30, 5))
orders = [[("B1", 120), ("M3", 15)], [("H2", 3), ("E4", 31)], [("M3", 10), ("X9", 1)]]
revenue = 0.0
for day, order in enumerate(orders, 1):
    for sku, qty in order:
        try:
            revenue += inv.sell(sku, qty)
        except KeyError as e:
            print("day", day, "unknown sku", e)
    inv.end_of_day()
    print("after day", day, "revenue %.2f" % revenue)
    inv.report()
for line in inv.log:
    print(line)
