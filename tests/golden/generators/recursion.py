# Recursive generators, generators as methods and over class instances.


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def insert(node, value):
    if node is None:
        return Node(value)
    if value < node.value:
        node.left = insert(node.left, value)
    else:
        node.right = insert(node.right, value)
    return node


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.value
        yield from in_order(node.right)


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count):
        self.items[name] = self.items.get(name, 0) + count

    def low_stock(self, threshold):
        for name in sorted(self.items):
            if self.items[name] < threshold:
                yield name, self.items[name]


def main():
    root = None
    for v in [50, 30, 70, 20, 40, 60, 80, 35]:
        root = insert(root, v)
    print(list(in_order(root)))
    for p in permutations([1, 2, 3]):
        print(p)
    print(len(list(permutations([1, 2, 3, 4, 5]))))
    inv = Inventory()
    inv.add("bolts", 3)
    inv.add("nuts", 12)
    inv.add("gears", 1)
    inv.add("bolts", 4)
    for name, count in inv.low_stock(10):
        print(f"{name}: {count}")


if __name__ == "__main__":
    main()
