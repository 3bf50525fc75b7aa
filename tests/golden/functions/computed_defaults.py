# Default values computed when the def runs, once: a shared mutable default,
# calls and expressions over module state, defaults of methods.
import math

TABLE = [3, 1, 4, 1, 5]


def collect(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc


def limit(n: int, top: int = len(TABLE) * 2, scale: float = math.sqrt(2.0)) -> float:
    return min(n, top) * scale


def tally(word: str, counts: dict[str, int] = {}) -> int:
    counts[word] = counts.get(word, 0) + 1
    return counts[word]


def label(n: int, *, names: list[str] = [str(i) for i in range(3)]) -> str:
    return names[n] if n < len(names) else "?"


class Buffer:
    def __init__(self, items: list[str] = []) -> None:
        self.items = items

    def add(self, s: str, sep: str = "-" * 3) -> str:
        self.items.append(s)
        return sep.join(self.items)


def main() -> None:
    print(collect(1), collect(2), collect(3, [9]))
    print(collect(4))
    print(round(limit(3), 6), round(limit(50), 6), limit(2, 5, 1.0))
    print(tally("a"), tally("b"), tally("a"), tally("a", {}))
    print(label(1), label(7))
    a = Buffer()
    b = Buffer()
    print(a.add("x"), b.add("y"), a.items is b.items)
    print(Buffer(["q"]).add("r", sep="+"))


main()
