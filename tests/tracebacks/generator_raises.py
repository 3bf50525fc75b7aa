def readings(values):
    for v in values:
        if v < 0:
            raise ValueError("negative reading: %d" % v)
        yield v * 2


def average(values):
    total = 0
    count = 0
    for r in readings(values):
        total += r
        count += 1
    return total // count


print(average([1, 2, 3]))
g = readings([4, -1])
print(next(g))
print(average([5, 6, -7, 8]))
