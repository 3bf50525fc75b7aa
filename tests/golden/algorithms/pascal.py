def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows

for row in pascal(10):
    print(" ".join([str(v) for v in row]).center(40))
print(sum(pascal(20)[-1]))
