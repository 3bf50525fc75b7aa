def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


memo: dict[int, int] = {}


def fib_memo(n: int) -> int:
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r


print(fib(300))
for n in range(90, 96):
    print(n, fib(n))
print(fib_memo(250) == fib(250))
print(fib(1000) % 1000000007)
print(len(str(fib(5000))))
