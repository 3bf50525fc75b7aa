for v in [0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 123.456, -7.25]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(1234.5678, -2), round(15, -1), round(25, -1))
print(int(7.99), int(-7.99), float(3))
