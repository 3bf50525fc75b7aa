for v in [0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, 1e15 + 0.5, 123.999]:
    print(v, int(v), round(v), float(int(v)))
print(float(2 ** 53), float(2 ** 53 + 1), int(1e18))
print(7 / 7, 1 / 8, 3 / 1e3, 10 ** 6 / 10 ** 3)
