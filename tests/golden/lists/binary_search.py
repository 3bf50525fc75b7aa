def bsearch(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

xs = [x * 3 for x in range(50)]
for t in [0, 3, 75, 147, 148, -1, 1000]:
    print(t, bsearch(xs, t))
