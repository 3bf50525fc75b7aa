def binomial(n: int, k: int) -> int:
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


for n in range(0, 121, 15):
    print(n, binomial(2 * n, n) // (n + 1))
row = [binomial(100, k) for k in range(0, 101, 10)]
print(row)
print(sum(binomial(80, k) for k in range(81)) == 2 ** 80)
