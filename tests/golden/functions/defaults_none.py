# default parameter values: None sentinels for fresh lists/dicts, module constants as defaults, partial overrides

TAX = 0.2
SEPARATOR = ", "


def add_item(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket


def tally(words, counts=None):
    if counts is None:
        counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def price(amount, tax=TAX, discount=0.0, rounding=2):
    return round(amount * (1 + tax) * (1 - discount), rounding)


def describe(items, sep=SEPARATOR, prefix="items: ", empty="nothing"):
    if not items:
        return prefix + empty
    return prefix + sep.join(items)


def greet(name=None, greeting="Hello"):
    if name is None:
        name = "stranger"
    return f"{greeting}, {name}!"


print(add_item("a"), add_item("b"))
shared = ["x"]
print(add_item("y", shared), add_item("z", shared), shared)
print(tally(["a", "b", "a"]), tally(["c"]))
running = {"a": 10}
tally(["a", "d"], running)
print(running)
print(price(100), price(100, 0.1), price(100, discount=0.5), price(99.99, rounding=0), price(10, tax=0))
print(describe(["tea", "jam"]), describe([]), describe(["x"], prefix="> "), describe(["p", "q"], sep="+"))
print(describe([], empty="-"))
print(greet(), greet("Ann"), greet(greeting="Hi"), greet("Bo", "Yo"))
