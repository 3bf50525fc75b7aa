def bounds(with_depth):
    if with_depth:
        box = (0, 0, 0)
    else:
        box = ("w", "h")
    return box


print(bounds(True))
print(bounds(False))
