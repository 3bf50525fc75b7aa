# math.gamma and math.lgamma: CPython's own Lanczos approximation, so the
# printed digits match to the last bit; its domain and range errors.
import math

for x in [0.5, 1.0, 1.5, 2.5, 3.0, 4.2, 7.7, 10.0, 23.0, 24.0, 30.5, 100.1, 171.5, -0.5, -1.5, -2.25,
          -10.3, -150.7, -200.5, 1e-21, -1e-21, 1e-300]:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))
for x in [0.1 * k + 0.05 for k in range(60)]:
    print(repr(math.gamma(x)), repr(math.lgamma(x)), repr(math.lgamma(-x)))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan))
print(math.lgamma(1.0), math.lgamma(2.0), math.lgamma(3.0), math.lgamma(1e300))
for bad in [0.0, -0.0, -1.0, -2.0, -math.inf, 172.0, 1e-320]:
    for f in [math.gamma, math.lgamma]:
        try:
            print(f(bad))
        except ValueError as e:
            print("ValueError:", e)
        except OverflowError as e:
            print("OverflowError:", e)
