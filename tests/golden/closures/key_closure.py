# key= functions that capture variables of the enclosing function.


class Item:
    def __init__(self, name: str, weight: float) -> None:
        self.name = name
        self.weight = weight


def rank(words: list[str], bonus: dict[str, int]) -> list[str]:
    return sorted(words, key=lambda w: (-bonus.get(w, 0), w))


def closest(points: list[tuple[int, int]], cx: int, cy: int) -> tuple[int, int]:
    return min(points, key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)


def heaviest(items: list[Item], scale: float) -> Item:
    return max(items, key=lambda it: it.weight * scale)


def sort_in_place(values: list[int], pivot: int) -> None:
    values.sort(key=lambda v: abs(v - pivot), reverse=True)


def main() -> None:
    print(rank(["pear", "apple", "fig", "kiwi"], {"fig": 3, "kiwi": 3, "pear": 1}))
    print(closest([(0, 0), (5, 5), (2, 3), (9, 1)], 3, 3))
    items = [Item("a", 1.5), Item("b", 4.0), Item("c", 2.25)]
    print(heaviest(items, 2.0).name)
    values = [1, 9, 4, 7, 3, 6]
    sort_in_place(values, 5)
    print(values)
    offset = 10
    print(sorted(range(6), key=lambda n: (n * 7 + offset) % 5))


main()
