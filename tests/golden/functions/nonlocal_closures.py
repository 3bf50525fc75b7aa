# nested functions and closures that rebind outer variables with nonlocal
def outer():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    bump()
    bump()
    return count, bump()

print(outer())

def accumulate(values):
    total = 0
    largest = 0
    seen = False

    def visit(v):
        nonlocal total, largest, seen
        total += v
        if not seen or v > largest:
            largest = v
        seen = True

    for v in values:
        visit(v)
    return total, largest

print(accumulate([3, 9, 2, 7]))

def text_builder():
    parts = ""

    def add(s):
        nonlocal parts
        parts = parts + s if not parts else parts + "," + s

    add("a")
    add("b")
    add("c")
    return parts

print(text_builder())

def levels():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    m = middle()
    return x, m

print(levels())

def read_only():
    data = [1, 2, 3]

    def add_item(v):
        data.append(v)

    add_item(4)
    add_item(5)
    return data

print(read_only())
