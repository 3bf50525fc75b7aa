def smallest(values):
    best = None
    for v in values:
        if best is None or v < best:
            best = v
    return best


print(smallest([3, 1, 2]) * 2)
