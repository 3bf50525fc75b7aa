def bounds(with_depth):
    if with_depth:
        box = (0, 0, 0)
    else:
        box = (0, 0)
    return box


print(bounds(True))
print(bounds(False))
