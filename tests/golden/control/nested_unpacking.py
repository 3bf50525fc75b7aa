# nested tuple unpacking in assignments and for loops, swapping, enumerate/zip/items with structure
pairs = [((1, 2), "a"), ((3, 4), "b"), ((5, 6), "c")]
for (x, y), label in pairs:
    print(label, x + y)
for i, ((x, y), label) in enumerate(pairs):
    print(i, label, x * y)
(a, b), c = (1, 2), 3
print(a, b, c)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
data = {"ann": (30, "NYC"), "bob": (25, "LA")}
for name, (age, city) in sorted(data.items()):
    print(name, age, city)
points = [(1, 2), (3, 4)]
colors = ["red", "blue"]
for (px, py), col in zip(points, colors):
    print(col, px, py)
matrix = [[1, 2], [3, 4]]
for [m, n] in matrix:
    print(m, n)
((p, q), (r, s)) = ((1, 2), (3, 4))
print(p + s, q + r)
first, (second, third) = "x", ("y", "z")
print(first + second + third)
records = [("k1", [1, 2, 3]), ("k2", [4])]
for key, (head, *tail) in records:
    print(key, head, tail)
fib = [(0, 1)]
for _ in range(6):
    prev, cur = fib[-1]
    fib.append((cur, prev + cur))
print([f for f, _ in fib])
nums = [3, 1, 2]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i = 0
i, nums[i] = 1, 9
print(i, nums)
