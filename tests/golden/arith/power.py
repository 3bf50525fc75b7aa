def ipow(base, exp):
    result = 1
    while exp > 0:
        if exp % 2 == 1:
            result *= base
        base *= base
        exp //= 2
    return result

for b in range(-3, 4):
    row = []
    for e in range(0, 6):
        row.append(b ** e)
    print(b, row)
print(ipow(3, 20), 3 ** 20)
print(2 ** 62, 2 ** 40 + 2 ** 20)
print(2 ** -1, 10 ** -2)
print(pow(2, 10), pow(3, 4, 5))
