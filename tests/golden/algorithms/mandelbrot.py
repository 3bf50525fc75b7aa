def mandel(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return i
    return limit

chars = " .:-=+*#%@"
for y in range(-10, 11):
    line = ""
    for x in range(-30, 11):
        n = mandel(x / 15.0, y / 10.0, 50)
        line += chars[min(n, 49) * len(chars) // 50]
    print(line)
