total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
s = 0.0
for k in range(100000):
    s += (-1.0) ** k / (2 * k + 1)
print(4 * s)
x = 1.0
for _ in range(20):
    x = x / 3.0 * 3.0
print(x, 1e-300 * 1e-300, 2.0 ** 0.5 * 2.0 ** 0.5)
