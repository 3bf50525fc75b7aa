# math's integer functions with --int=big: exact beyond 64 bits, as CPython.
import math

print(math.comb(100, 50), math.perm(30, 20), math.isqrt(10**40 + 12345))
print(math.gcd(2**100, 6**50, 10**30), math.lcm(2**70, 3**40), math.prod(range(1, 30)))
print(math.factorial(25), math.fsum([10**20, 1, -(10**20)]))
