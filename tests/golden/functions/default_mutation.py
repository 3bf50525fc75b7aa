def scale(values, factor=2, offset=0):
    return [v * factor + offset for v in values]

print(scale([1, 2, 3]))
print(scale([1, 2, 3], 10))
print(scale([1, 2, 3], offset=1))
print(scale([1, 2, 3], 3, -1))
def describe(n, unit="item", plural="s"):
    return "%d %s%s" % (n, unit, "" if n == 1 else plural)
print(describe(1), describe(3), describe(2, "box", "es"))
