def max_subarray(xs):
    best = xs[0]
    cur = xs[0]
    start = 0
    best_range = (0, 0)
    for i in range(1, len(xs)):
        if cur < 0:
            cur = xs[i]
            start = i
        else:
            cur += xs[i]
        if cur > best:
            best = cur
            best_range = (start, i)
    return best, best_range

print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(max_subarray([-3, -1, -2]))
print(max_subarray([5]))
