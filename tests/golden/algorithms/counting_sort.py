def counting_sort(xs, maxval):
    counts = [0] * (maxval + 1)
    for x in xs:
        counts[x] += 1
    out = []
    for v in range(maxval + 1):
        out.extend([v] * counts[v])
    return out

data = [(i * i * 7) % 10 for i in range(25)]
print(data)
print(counting_sort(data, 9))
