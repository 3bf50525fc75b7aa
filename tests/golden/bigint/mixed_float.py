big = 2 ** 100
print(float(big), big * 1.5, big / 3, big + 0.5, big - 1e30)
print(big / 2 ** 99, (2 ** 200) / (2 ** 190), 10 ** 20 / 10 ** 19)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 == 2.0 ** 53)
print(big < 1e300, big > 1e29, big == 1.2676506002282294e30, big == float(big))
print(int(1e30), int(-1.5e25), int(2.0 ** 80), int(123.9))
print(float(3 ** 100), float(-(7 ** 200)))
print(2 ** 64 * 0.25, 0.1 * 10 ** 20)
h = 0.0
for k in range(1, 30):
    h += 1 / 2 ** k
print(h)
vals = [1e19, 2 ** 64, 1.8446744073709552e19, 2 ** 64 + 1]
print(vals[1] == vals[2], vals[3] > vals[2], vals[0] < vals[1])
print(round(2 ** 100, -10), round(123456789 * 10 ** 20, -21))
