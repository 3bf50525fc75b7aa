# match with sequence patterns: fixed length, starred captures, nested sequences, literals inside sequences


def describe(xs):
    match xs:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [0, *rest]:
            return f"starts with zero, {len(rest)} more"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last] if first == last:
            return f"same ends {first}, middle {middle}"
        case [first, second, *_]:
            return f"many, starting {first},{second}"


for xs in [[], [7], [0, 1, 2], [0], [3, 4], [5, 1, 1, 5], [1, 2, 3, 4]]:
    print(xs, "->", describe(xs))


def apply(op):
    match op:
        case ("add", a, b):
            return a + b
        case ("sub", a, b) if a >= b:
            return a - b
        case ("sub", a, b):
            return -(b - a)
        case ("neg", a, _):
            return -a
        case (name, a, b):
            return len(name) * 1000 + a * b
    return 0


ops = [("add", 1, 2), ("sub", 9, 4), ("sub", 4, 9), ("neg", 5, 0), ("pow", 2, 8)]
print([apply(op) for op in ops])


def route(path):
    match path.strip("/").split("/"):
        case [""]:
            return "home"
        case ["users"]:
            return "user list"
        case ["users", uid] if uid.isdigit():
            return "user " + uid
        case ["users", uid, "posts", *rest]:
            return f"posts of {uid} ({'/'.join(rest) or 'all'})"
        case ["static", *parts]:
            return "file " + "/".join(parts)
        case other:
            return "404 " + str(len(other))


for p in ["/", "/users", "/users/42", "/users/ann", "/users/7/posts", "/users/7/posts/2024/05", "/static/css/a.css", "/x/y"]:
    print(p, "->", route(p))
