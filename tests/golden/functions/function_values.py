# Functions and classes as values: chosen at run time, kept in lists and
# dicts, passed as arguments, possibly None.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def apply(f, x, y):
    return f(x, y)


OPS = {"+": add, "-": sub, "*": mul}


def evaluate(tokens):
    stack = []
    for t in tokens:
        if t in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[t](a, b))
        else:
            stack.append(int(t))
    return stack[0]


class Circle:
    def __init__(self, size):
        self.size = size

    def area(self):
        return 3 * self.size * self.size


class Square(Circle):
    def area(self):
        return self.size * self.size


def make(kind, size):
    cls = Circle if kind == "circle" else Square
    return cls(size)


print(evaluate("3 4 + 5 *".split()))
print([apply(f, 7, 3) for f in [add, sub, mul]])
for kind in ["circle", "square"]:
    print(kind, make(kind, 2).area())
handler = None
for step in range(3):
    if step == 2:
        handler = mul
    if handler is not None:
        print("handled", handler(step, 10))
    else:
        print("no handler at", step)
