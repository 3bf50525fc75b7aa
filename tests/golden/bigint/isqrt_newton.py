def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


root2 = isqrt(2 * 10 ** 200)
print(root2)
print(root2 * root2 <= 2 * 10 ** 200 < (root2 + 1) * (root2 + 1))
for n in [0, 1, 15, 16, 2 ** 64, 2 ** 64 - 1, 10 ** 40 + 12345, 3 ** 101]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)
