import math

def integrate(f_kind, a, b, n):
    h = (b - a) / n
    total = 0.0
    for i in range(n + 1):
        x = a + i * h
        if f_kind == 0:
            y = x * x
        elif f_kind == 1:
            y = math.sin(x)
        else:
            y = math.exp(-x * x)
        if i == 0 or i == n:
            total += y / 2
        else:
            total += y
    return total * h

print("%.8f" % integrate(0, 0.0, 1.0, 1000))
print("%.8f" % integrate(1, 0.0, math.pi, 1000))
print("%.8f" % integrate(2, -3.0, 3.0, 2000))
