def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi

def stats(xs):
    total = sum(xs)
    return len(xs), total, total / len(xs)

lo, hi = min_max([5, 3, 9, -2, 7])
print(lo, hi)
n, total, mean = stats([1, 2, 3, 4])
print(n, total, mean)
print(min_max([42]))
