def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            if best[c - weight] + value > best[c]:
                best[c] = best[c - weight] + value
    return best[capacity]

def lcs(a, b):
    n = len(a)
    m = len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    out = []
    i = n
    j = m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
for cap in [0, 5, 10, 15, 20]:
    print(cap, knapsack(items, cap))
for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc")]:
    print(a, b, repr(lcs(a, b)))
