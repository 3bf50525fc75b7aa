# match statements mixing literal, capture, wildcard, or-patterns, guards, sequence and class patterns


class Move:
    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy


class Say:
    def __init__(self, text):
        self.text = text


def run(command):
    match command.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return "going " + direction
        case ["go", other]:
            return "unknown direction " + other
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case [verb, _]:
            return "cannot " + verb + " that"
        case _:
            return "too long: " + str(len(command.split()))


for c in ["", "quit", "exit", "go north", "go up", "take lamp key", "take", "eat apple", "a b c d"]:
    print(repr(c), "->", run(c))


def code(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case x if x < 0:
            return "negative " + str(-x)
        case x:
            return "big " + str(x)


print([code(n) for n in [0, 2, -7, 50]])


def describe(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"y-axis {y}"
        case (x, 0):
            return f"x-axis {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x},{y}"


print([describe(p) for p in [(0, 0), (0, 5), (3, 0), (4, 4), (1, 2)]])
