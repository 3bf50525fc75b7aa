for n in range(-2, 3):
    sign = "neg" if n < 0 else ("zero" if n == 0 else "pos")
    print(n, sign)
x = 5
y = x * 2 if x > 3 else x - 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print(max(3, 7) if True else 0)
