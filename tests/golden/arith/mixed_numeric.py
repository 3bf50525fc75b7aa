i = 7
f = 2.0
print(i + f, i * f, i / f, i // f, i % f, i - f)
print(i / 2, 8 / 2, -7 / 2)
print(3 == 3.0, 1 < 1.5, 2 > 1.999)
print(True + True, True * 10, False - 1)
print(max(3, 4.5), min(-1, -1.5))
print(10 // 4.0, -10 // 4.0, 10 % -3.0)
