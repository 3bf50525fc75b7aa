# match with sequence patterns: fixed length, *rest in different positions, nested sequences, tuples
def describe(xs):
    match xs:
        case []:
            return "empty"
        case [x]:
            return "one: " + str(x)
        case [x, y]:
            return "two: " + str(x + y)
        case [first, *middle, last]:
            return "first=" + str(first) + " middle=" + str(middle) + " last=" + str(last)


def head_tail(xs):
    match xs:
        case [h, *t]:
            return h, t
        case _:
            return -1, []


def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return "on y axis at " + str(y)
        case (x, 0):
            return "on x axis at " + str(x)
        case (x, y) if x == y:
            return "diagonal " + str(x)
        case (x, y):
            return "point " + str(x) + "," + str(y)


def nested(m):
    match m:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [[a]]:
            return a
        case _:
            return 0


for xs in [[], [7], [3, 4], [1, 2, 3], [1, 2, 3, 4, 5]]:
    print(describe(xs))
print(head_tail([9, 8, 7]), head_tail([1]), head_tail([]))
for p in [(0, 0), (0, 5), (3, 0), (4, 4), (2, 9)]:
    print(p, point(p))
print(nested([[1, 2], [3, 4]]), nested([[6]]), nested([[1, 2, 3]]))
for rec in [["tag", "a", "b"], ["tag"], ["other", "x"]]:
    match rec:
        case ["tag", *rest] if rest:
            print("tag with", len(rest), "items")
        case ["tag", *rest]:
            print("bare tag", rest)
        case [*init, "x"]:
            print("ends with x after", init)
