# nested comprehensions: matrices, transposes, flattening, comprehension inside comprehension conditions

n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
table = [[i * j for j in range(1, 6)] for i in range(1, 4)]
print(table)
transposed = [[row[c] for row in table] for c in range(len(table[0]))]
print(transposed)
flat = [x for row in table for x in row]
print(flat, len(flat))
print([[x for x in row if x % 2 == 0] for row in table])
print([sum(row) for row in transposed])
words = ["level", "kayak", "apple", "noon", "radar", "python"]
print([w for w in words if w == "".join([w[i] for i in range(len(w) - 1, -1, -1)])])
print([[c for c in w if c not in "aeiou"] for w in words[:3]])
triangle = [[1]]
for k in range(1, 6):
    prev = triangle[-1]
    triangle.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in triangle:
    print(" ".join(str(x) for x in row).center(20))
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
product = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(product)
groups = {k: [w for w in words if len(w) == k] for k in sorted({len(w) for w in words})}
print(groups)
print({w: {c: w.count(c) for c in sorted(set(w))} for w in ["noon", "abba"]})
