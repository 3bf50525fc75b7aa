a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(-a, +a, abs(-a))
x = 0
for i in range(10):
    x += i * i
print(x)
x -= 5
x *= 3
x //= 4
x %= 50
print(x)
print(2 ** 10, 2 ** 0, (-3) ** 3, 10 ** 18)
print(7 == 7, 7 != 7, 3 < 4, 4 <= 4, 5 > 6, 6 >= 7)
