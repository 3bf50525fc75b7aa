for a in range(-7, 8, 2):
    row = []
    for b in [-3, -2, 2, 3]:
        row.append("%d//%d=%d %d%%%d=%d" % (a, b, a // b, a, b, a % b))
    print("  ".join(row))
print(-(7 // 2), (-7) // 2, -7 // 2, int(-7 / 2))
