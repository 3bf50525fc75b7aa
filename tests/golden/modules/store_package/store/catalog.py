from .items import Item


class Catalog:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def names(self):
        return sorted(i.name for i in self.items)
