# copy.copy and copy.deepcopy: containers, nested containers, instances
# (with inheritance), shared references and cycles kept by deepcopy.
import copy
from collections import Counter


class Node:
    def __init__(self, name, children):
        self.name = name
        self.children = children
        self.parent = None

    def __repr__(self):
        return "Node(%s, %d children)" % (self.name, len(self.children))


class Leaf(Node):
    def __init__(self, name, weight):
        Node.__init__(self, name, [])
        self.weight = weight


board = [[0, 1], [2, 3]]
shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[0][0] = 99
board.append([4])
print(board, shallow, deep)

inventory = {"apples": [1, 2], "pears": [3]}
snapshot = copy.deepcopy(inventory)
inventory["apples"].append(5)
print(inventory, snapshot, copy.copy(inventory) == inventory)

row = [1, 2]
grid = [row, row]
grid_copy = copy.deepcopy(grid)
grid_copy[0].append(3)
print(grid, grid_copy, grid_copy[0] is grid_copy[1], grid_copy[0] is row)

tree = Node("root", [Leaf("a", 1.5), Leaf("b", 2.5)])
for child in tree.children:
    child.parent = tree
clone = copy.deepcopy(tree)
clone.children[0].name = "changed"
print(tree.children[0].name, clone.children[0].name, clone.children[0].parent is clone,
      clone.children[1].parent is clone, clone is tree)
same_children = copy.copy(tree)
print(same_children.children is tree.children, same_children is tree, same_children.name)
leaf = copy.copy(tree.children[1])
print(leaf, leaf.weight, leaf.parent is tree)

counts = Counter("abracadabra")
counts_copy = copy.deepcopy(counts)
counts["z"] += 1
print(counts_copy, counts_copy["missing"])
print(copy.copy((1, [2])), copy.deepcopy("text"), copy.copy(3.5), copy.deepcopy(None))
pair = ([1], [2])
pair_copy = copy.deepcopy(pair)
pair_copy[0].append(9)
print(pair, pair_copy, copy.deepcopy({1, 2, 3}), copy.copy(bytearray(b"ab")))
