from math import sqrt, pi, floor
print(sqrt(2.0), pi, floor(2.9))
def circle_area(r):
    return pi * r * r
print("%.4f" % circle_area(2.0))
