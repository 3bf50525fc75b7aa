# Type aliases in annotations: list[...], dict[...], tuple[...] and X | None
# evaluate to CPython's text when printed.

Matrix = list[list[float]]
Index = dict[str, tuple[int, int]]


class Node:
    def __init__(self, value: int, next: "Node | None" = None) -> None:
        self.value = value
        self.next = next


MaybeNode = Node | None


def identity(size: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(size)] for i in range(size)]


def positions(words: list[str]) -> Index:
    return {w: (i, len(w)) for i, w in enumerate(words)}


def length(head: MaybeNode) -> int:
    n = 0
    while head is not None:
        n += 1
        head = head.next
    return n


print(Matrix, Index, MaybeNode)
print(identity(3))
print(positions(["a", "bb", "ccc"]))
print(length(Node(1, Node(2, Node(3)))), length(None))
