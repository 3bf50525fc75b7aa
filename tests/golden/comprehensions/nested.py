# nested comprehensions: multiple for clauses, comprehensions inside comprehensions, matrices
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 10 for x in row] for row in matrix])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(3) if i < j])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c + d for c in "ab" for d in "xyz"])
print(sum([sum(row) for row in matrix]))
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in identity:
    print(row)
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 3)}
print(table)
print(table[2][3])
lens = {w: [len(p) for p in w.split("-")] for w in ["a-bb-ccc", "dddd", "e-f"]}
print(lens)
flat_pairs = [(w, n) for w, ns in lens.items() for n in ns]
print(flat_pairs)
triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 21) if a * a + b * b == c * c]
print(triples)
rows = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[::-1] for row in rows[::-1]])
print([[x for x in row if x % 2] for row in rows])
