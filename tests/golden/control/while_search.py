target = 5000
n = 1
steps = 0
while n * n < target:
    n += 1
    steps += 1
print(n, steps, n * n)
a = 0
b = 1
idx = 1
while b < 10 ** 15:
    a, b = b, a + b
    idx += 1
print(idx, b)
