# comprehension variables do not leak and may shadow outer names of the same type
x = 100
squares = [x * x for x in range(4)]
print(squares, x)

i = "outer"
labels = [i for i in ["a", "b"]]
print(labels, i)

n = 7
print({n: n + 1 for n in range(3)}, n)

word = "keep"
print([word.upper() for word in ["one", "two"]], word)

total = sum(v for v in range(5))
v = 42
print(total, v)

row = [9, 9]
grid = [[row + c for c in range(2)] for row in range(2)]
print(grid, row)

def uses_param(k):
    return [k * 2 for k in range(k)]

print(uses_param(4))

def outer_ref(scale):
    return [scale * s for s in range(3)]

print(outer_ref(5))

y = 3
pairs = [(y, y * y) for y in range(y)]
print(pairs, y)

c = "z"
print("".join(c.upper() for c in "abc"), c)

k = 0
for k in range(3):
    pass
print("loop var leaks:", k)
vals = [k for k in range(10, 12)]
print(vals, k)
