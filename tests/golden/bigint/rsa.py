def egcd(a: int, b: int) -> tuple[int, int, int]:
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b != 0:
        q = a // b
        a, b = b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def modexp(base: int, exp: int, mod: int) -> int:
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


p = 2 ** 127 - 1
q = 2 ** 89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
g, x, y = egcd(e, phi)
d = x % phi
print(n)
print(g, d, e * d % phi)
for m in [42, 123456789, 2 ** 100 + 7]:
    c = modexp(m, e, n)
    print(c, pow(m, e, n) == c, modexp(c, d, n) == m)
print(d == pow(e, -1, phi))
