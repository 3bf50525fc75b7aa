import math
print(math.sqrt(144), math.floor(-0.5), math.ceil(0.5))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12))
print(math.factorial(10), math.gcd(84, 36))
print(math.inf > 1e308, math.isnan(float("nan")), math.isinf(math.inf))
print("%.6f %.6f %.6f" % (math.tan(1.0), math.asin(0.5), math.acos(0.5)))
print(math.degrees(math.pi), math.radians(180.0))
