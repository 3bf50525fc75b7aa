values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e-7, 123456789.125, 1 / 3, 2 / 3, 1e22, 1.5e300, 5e-324, 100.0, 3.14159]
for v in values:
    print(v, repr(v), str(v))
print([0.5, 0.25, 1e100])
print(float("inf"), float("-inf"), -float("inf"))
