# match statements with literal, capture, wildcard, | alternatives and guards
def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302 | 307:
            return "redirect"
        case 404:
            return "not found"
        case 418:
            return "teapot"
        case n if 500 <= n < 600:
            return "server error " + str(n)
        case _:
            return "unknown"


def command(text):
    match text.split():
        case []:
            return "empty"
        case ["quit"] | ["exit"]:
            return "bye"
        case ["go", direction]:
            return "going " + direction
        case ["say", *words]:
            return "saying " + " ".join(words)
        case ["add", a, b] if a.isdigit() and b.isdigit():
            return "sum " + str(int(a) + int(b))
        case [first, *_]:
            return "unknown command " + first


def sign(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case v if v < 0:
            return "negative"
        case v:
            return "big " + str(v)


for c in [200, 302, 404, 418, 503, 600, 100]:
    print(c, http_status(c))
for t in ["", "quit", "exit", "go north", "say hello big world", "say", "add 2 40", "add x 1", "jump high"]:
    print(repr(t), "->", command(t))
print([sign(v) for v in [0, 2, -7, 99]])
for s in ["red", "green", "blue", "other"]:
    match s:
        case "red" | "green":
            print(s, "warm-ish")
        case "blue":
            print(s, "cool")
        case other:
            print("no idea about", other)
