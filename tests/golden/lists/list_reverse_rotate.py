def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]

xs = list(range(1, 8))
for k in [0, 1, 3, 7, 10, -2]:
    print(k, rotate(xs, k))
ys = xs[:]
ys.reverse()
print(ys, xs[::-1] == ys)
