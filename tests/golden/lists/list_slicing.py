a = list(range(10))
print(a[2:8:2], a[-3:], a[:-3], a[8:2:-1], a[::-2], a[100:], a[-100:2])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:5] = [20, 30]
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
c = [1, 2] + [3] * 3
print(c, c * 2)
