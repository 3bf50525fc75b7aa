"""A 64-bit LCG written naturally, `(a * x + c) % 2**64`: the product needs
more than 64 bits, so only --int=big (and Python) run it.

Usage: lcg64.py [N]   (default 1000000 draws)
"""
import sys

M = 2 ** 64
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x = 42
acc = 0
for i in range(n):
    x = (6364136223846793005 * x + 1442695040888963407) % M
    acc ^= x >> 17
print(x, acc)
