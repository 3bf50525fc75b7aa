# Bound methods of different names as values: dicts and lists of handlers,
# a variable holding one of several methods, overrides in subclasses.


class Calculator:
    def __init__(self) -> None:
        self.value = 0
        self.ops = {"add": self.add, "sub": self.sub, "double": self.double, "reset": self.reset}

    def add(self, n: int) -> str:
        self.value += n
        return f"added {n}"

    def sub(self, n: int) -> str:
        self.value -= n
        return f"subtracted {n}"

    def double(self, n: int) -> str:
        self.value *= 2
        return "doubled"

    def reset(self, n: int) -> str:
        self.value = n
        return f"reset to {n}"

    def run(self, script: list[tuple[str, int]]) -> None:
        for name, arg in script:
            if name not in self.ops:
                print("unknown", name)
                continue
            handler = self.ops[name]
            print(handler(arg), "->", self.value)


class LoudCalculator(Calculator):
    def double(self, n: int) -> str:
        self.value *= 2
        return "DOUBLED"


def pick(c: Calculator, up: bool):
    return c.add if up else c.sub


def main() -> None:
    c = Calculator()
    c.run([("add", 5), ("double", 0), ("sub", 3), ("mul", 2), ("reset", 10)])
    loud = LoudCalculator()
    loud.run([("add", 1), ("double", 0), ("double", 0)])
    steps = [c.add, c.sub, c.add]
    for i, step in enumerate(steps):
        print(step(i + 1), c.value)
    f = pick(c, True)
    print(f(100), c.value)
    f = pick(c, False)
    print(f(1), c.value)


main()
