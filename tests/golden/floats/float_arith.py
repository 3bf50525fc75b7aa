a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 2, b ** 0.5, 2.0 ** -2)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(1e308 * 10, -1e308 * 10)
