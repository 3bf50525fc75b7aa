def lis(xs):
    n = len(xs)
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if xs[j] < xs[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    best = 0
    for i in range(n):
        if length[i] > length[best]:
            best = i
    out = []
    while best != -1:
        out.append(xs[best])
        best = prev[best]
    out.reverse()
    return out

print(lis([10, 9, 2, 5, 3, 7, 101, 18]))
print(lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]))
