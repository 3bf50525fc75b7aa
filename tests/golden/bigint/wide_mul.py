def mul_hi(a: int, b: int) -> int:
    return (a * b) >> 64


M = 2 ** 64
a = 0x9E3779B97F4A7C15
b = 0xBF58476D1CE4E5B9
print(a * b, mul_hi(a, b), (a * b) % M)
h = 0
for i in range(1, 1000):
    h = (h * 31 + i * a) % M
print(h)
acc = 1
for i in range(1, 40):
    acc = acc * (M - i)
print(acc % (10 ** 9 + 7), len(str(acc)))
