# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 1), (-1, 3), (13, -5), (100, 7), (-100, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10)
print(10 // -3 * -3 + 10 % -3)
