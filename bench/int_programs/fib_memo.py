"""Fibonacci numbers modulo a prime, memoised in a dict, for many arguments.

Usage: fib_memo.py [N]   (default 200000)
"""
import sys

P = 1000000007


def fib_table(n: int) -> dict[int, int]:
    memo = {0: 0, 1: 1}
    for k in range(2, n + 1):
        memo[k] = (memo[k - 1] + memo[k - 2]) % P
    return memo


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
total = 0
for rep in range(5):
    table = fib_table(n)
    for k in range(0, n, 7):
        total = (total + table[k] * (k % 1000)) % P
print(total)
