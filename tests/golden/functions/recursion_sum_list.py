def total(xs):
    if not xs:
        return 0
    return xs[0] + total(xs[1:])

def flatten(nested, out):
    for row in nested:
        for x in row:
            out.append(x)
    return out

def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)

print(total([1, 2, 3, 4, 5]), total([]), depth_sum(500))
print(flatten([[1, 2], [3], [], [4, 5, 6]], []))
