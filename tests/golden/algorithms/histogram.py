data = [3, 7, 1, 9, 4, 7, 2, 8, 5, 7, 3, 1]
counts = [0] * 10
for v in data:
    counts[v] += 1
for v in range(10):
    print("%d | %s" % (v, "#" * counts[v]))
peak = max(data)
for level in range(peak, 0, -1):
    print("".join(["*" if v >= level else " " for v in data]))
