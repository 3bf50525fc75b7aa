import math
vals = [1e16, 1e17 + 3, 2.5e18, 9.3e18, 1e19, -1e25, 1.7976931348623157e308]
for v in vals:
    n = int(v)
    print(n, float(n) == v, n % 1000)
print(math.gcd(2 ** 100, 6 ** 50), math.factorial(25))
print(int(2 ** 63 + 0.0), int(-(2.0 ** 63)))
print(round(1e20), round(-2.5e19))
