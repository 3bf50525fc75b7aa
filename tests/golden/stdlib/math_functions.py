# The math module's functions beyond the core ones, as CPython computes them.
import math

print(math.gcd(12, 18, 27), math.gcd(), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**18), math.isqrt(2**62 + 5))
print(math.comb(10, 3), math.comb(5, 7), math.comb(60, 30), math.perm(5, 2), math.perm(6), math.perm(4, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2.0]), math.prod(range(1, 6), start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum(x / 7 for x in range(100)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(100.0, 101.0, rel_tol=0.02))
for x in [0.5, 1.0, 2.5, 10.0]:
    print(x, math.log1p(x), math.expm1(x), math.erf(x), math.erfc(x), math.cbrt(x), math.exp2(x))
    print(math.acosh(1.0 + x), math.asinh(x), math.atanh(x / 11.0))
print(math.cbrt(-27.0), math.exp2(-1), math.log1p(-0.5), math.expm1(-1e-10))
print(math.remainder(10.0, 3.0), math.remainder(11.0, 3.0), math.remainder(-7.5, 2.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.ulp(1.0), math.ulp(1e100), math.ulp(0.0), math.ulp(-5.0))
print(math.trunc(-3.7), math.floor(-3.5), math.ceil(-3.5), math.copysign(2, -0.0))
for bad in [lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
            lambda: math.log1p(-1.0), lambda: math.acosh(0.5), lambda: math.atanh(1.0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(math.hypot(3, 4), math.hypot(), math.hypot(-3.5), math.hypot(1, 2, 2), math.hypot(1e308, 1e308))
print(math.hypot(0.1, 0.7), math.hypot(123.456, 789.012), math.hypot(1e-320, 1e-320))
print(math.dist((1, 2), (4, 6)), math.dist([0.5, 1.5, 2.5], [3.0, 2.0, 1.0]), math.dist((), ()))
total = 0.0
for i in range(1, 200):
    total += math.hypot(i * 0.37, 1000.0 / i)
print(total)
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print("ValueError:", e)
