"""A 32-bit linear congruential generator (fits in 64-bit ints in every mode).

Usage: lcg32.py [N]   (default 1000000 draws)
"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x = 12345
acc = 0
hist = [0] * 16
for i in range(n):
    x = (1103515245 * x + 12345) % 2147483648
    acc = (acc + x) % 1000000007
    hist[x >> 27] += 1
print(x, acc, hist)
