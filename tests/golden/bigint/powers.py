print(2 ** 200)
print(3 ** 100)
print(-2 ** 100, (-2) ** 101)
print(10 ** 50)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, 2 ** 63 - 1)
base = 7
e = 1
while e < 200:
    print(e, base ** e)
    e *= 3
x = 1
for i in range(130):
    x *= 2
print(x, x == 2 ** 130)
print(pow(5, 60), pow(-5, 61))
