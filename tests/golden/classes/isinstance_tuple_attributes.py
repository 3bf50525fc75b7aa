# isinstance(x, (A, B)) where A and B define an attribute of one name with
# different types: the body sees x as an A, then as a B.
class Node:
    def size(self):
        return 1


class Leaf(Node):
    def __init__(self, value):
        self.value = value


class Wrap(Node):
    def __init__(self, value):
        self.value = value


class Pair(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right


def describe(node):
    if isinstance(node, (Leaf,)):
        return "leaf %d" % node.value
    elif isinstance(node, (Wrap, Pair)):
        parts = [node.value] if isinstance(node, Wrap) else [node.left, node.right]
        return "(" + ", ".join(describe(p) for p in parts) + ")"
    return "?"


def count(node):
    children = []
    if isinstance(node, (Wrap, Leaf)):
        children = [node.value] if isinstance(node, Wrap) else []
    elif isinstance(node, Pair):
        children = [node.left, node.right]
    else:
        print("plain node")
    return 1 + sum(count(c) for c in children)


tree = Pair(Wrap(Leaf(1)), Pair(Leaf(2), Wrap(Wrap(Leaf(3)))))
print(describe(tree))
print(count(tree), count(Node()))
