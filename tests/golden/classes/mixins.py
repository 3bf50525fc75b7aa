# Mix-in classes: behaviour shared by unrelated classes through a further
# base class.


class ComparableMixin:
    def key(self) -> int:
        raise NotImplementedError

    def __lt__(self, other: "ComparableMixin") -> bool:
        return self.key() < other.key()

    def __le__(self, other: "ComparableMixin") -> bool:
        return self.key() <= other.key()


class DescribeMixin:
    PREFIX = "#"

    def describe(self) -> str:
        return self.PREFIX + type(self).__name__ + ":" + self.label()

    def label(self) -> str:
        return "?"


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def label(self) -> str:
        return self.name

    def area(self) -> float:
        return 0.0


class Square(Shape, DescribeMixin):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape, DescribeMixin):
    PREFIX = "@"

    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r


class Version(DescribeMixin):
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def label(self) -> str:
        return f"{self.major}.{self.minor}"


class Card(ComparableMixin):
    def __init__(self, rank: int, suit: str) -> None:
        self.rank = rank
        self.suit = suit

    def key(self) -> int:
        return self.rank

    def __repr__(self) -> str:
        return f"{self.rank}{self.suit}"


def main() -> None:
    hand = [Card(10, "h"), Card(2, "s"), Card(7, "d"), Card(2, "c")]
    print(sorted(hand), min(hand), max(hand))
    print(hand[0] < hand[1], hand[1] <= hand[3], hand[2] > hand[1])
    shapes: list[Shape] = [Square(2.0), Circle(1.0), Square(0.5)]
    for s in shapes:
        print(s.label(), round(s.area(), 3))
    sq = Square(3.0)
    print(sq.describe())
    print(Circle(2.0).describe())
    print(Version(3, 11).describe())


main()
