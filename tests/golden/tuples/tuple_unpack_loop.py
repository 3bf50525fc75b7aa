pairs = [(1, 2), (3, 4), (5, 6)]
total = 0
for a, b in pairs:
    total += a * b
print(total)
first, second = pairs[0]
print(first, second)
(x, y), z = (7, 8), 9
print(x, y, z)
head = pairs[0]
rest = pairs[1:]
print(head, rest)
for i, (a, b) in enumerate(pairs):
    print(i, a, b)
