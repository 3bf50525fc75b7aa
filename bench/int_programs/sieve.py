"""Sieve of Eratosthenes up to N, repeated: counts and sums the primes.

Usage: sieve.py [N]   (default 100000)
"""
import sys


def sieve(n: int) -> list[bool]:
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    return is_prime


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
count = 0
total = 0
for rep in range(10):
    flags = sieve(n)
    count = 0
    total = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
            total += k
print(count, total)
