import math
x = math.pi
print(f"{x:.2f} {x:10.4f}| {x:<10.3f}| {x:^12.1f}| {x:+.3f}")
print(f"{x:e} {x:.3e} {x:g} {1e-5:g} {123456789.0:g}")
print(f"{1234567.891:,.2f} {0.5:%} {0.125:.1%}")
print("%.3f %8.2f %-8.2f| %e %g" % (x, x, x, x, x))
print("%5.1f%%" % 45.678)
print(f"{-0.0:.1f} {2.5:.0f} {3.5:.0f} {0.0001234:.2e}")
print(f"{float('inf'):.2f} {-float('inf')}")
