# A list spread into a *args parameter: f(*items) of any length; the
# function sees its own copy.


def total(*values):
    result = 0
    for v in values:
        result += v
    return result


def describe(label, *parts):
    return label + ": " + "/".join(parts) + " (" + str(len(parts)) + ")"


def clear_all(*lists):
    for lst in lists:
        lst.clear()
    return len(lists)


numbers = [3, 4, 5]
print(total(*numbers), total(*[]), total(*[x * x for x in range(5)]))
print(describe("path", *["usr", "local", "bin"]), describe("none", *[]))
boxes = [[1], [2, 3]]
print(clear_all(*boxes), boxes)
