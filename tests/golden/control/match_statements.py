# match statements: literal, capture, wildcard, or, guard, sequence (with a
# star), class patterns (keyword and __match_args__), None/True/False.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def http_status(code):
    match code:
        case 200:
            return "ok"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case n if n >= 500:
            return "server error " + str(n)
        case _:
            return "other"


def command(words):
    match words:
        case []:
            return "nothing"
        case ["go", direction]:
            return "going " + direction
        case ["take", first, *others]:
            return "taking " + first + " and " + str(len(others)) + " more"
        case [single]:
            return "just " + single
        case _:
            return "unknown: " + " ".join(words)


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return "on the diagonal"
        case Point():
            return "somewhere"


def describe(flag):
    match flag:
        case True:
            return "yes"
        case False:
            return "no"


def name_of(value):
    match value:
        case None:
            return "unset"
        case "":
            return "empty"
        case text:
            return "name " + text


def area(shape):
    match shape:
        case Circle(radius=r, center=Point(x=cx)):
            return f"circle r={r} at x={cx}"


def main():
    for code in [200, 302, 404, 503, 418]:
        print(code, http_status(code))
    for words in [[], ["go", "north"], ["take", "lamp", "key", "map"], ["look"], ["a", "b", "c"]]:
        print(command(words))
    for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7)]:
        print(where(p))
    for flag in [True, False]:
        print(describe(flag))
    for value in [None, "", "ada"]:
        print(name_of(value))
    print(area(Circle(Point(4, 1), 2.5)))


if __name__ == "__main__":
    main()
