MAX = 2 ** 63 - 1
MIN = -(2 ** 63)
print(MAX + 1, MIN - 1, -MIN, abs(MIN), MIN // -1, MIN * -1, MIN % -1)
print(MAX * MAX, MIN * MIN, MAX * MIN)
print((MAX + 1) - 1 == MAX, (MIN - 1) + 1 == MIN)
print(-(-MIN), abs(-(2 ** 100)), -(2 ** 100) // -1)
print(MAX << 1, MIN << 1, MIN >> 1, (MAX + 1) >> 1)
print(2 ** 64 - 2 ** 64, (2 ** 64) // (2 ** 64), 2 ** 64 % 2 ** 63)
x = MAX
x += 1
x -= 1
print(x, x + 1)
y = 1
for i in range(70):
    y = y * 2 - 1
print(y)
