vals = [5, -5, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 100, -(2 ** 100), 0]
for a in vals:
    row = []
    for b in vals:
        row.append("<" if a < b else ">" if a > b else "=")
    print("".join(row))
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1, 2 ** 64 >= 2 ** 64, 2 ** 64 <= 2 ** 63)
print(sorted(vals, reverse=True))
print(vals.index(2 ** 100), 2 ** 63 in vals, 2 ** 90 in vals, vals.count(-(2 ** 63)))
