# A variable-length tuple of ints compared with fixed tuples holding floats:
# item by item, an int and a float by value (never rounded to the int).


def make(n):
    if n == 2:
        return (0, 1)
    return (0, 1, 2)


t = make(2)
u = make(3)
print(t == (0.0, 1.5), t == (0.0, 1.0), t < (0.0, 1.5), t < (0.0, 0.5))
print((0.0, 1.5) == t, (0.0, 1.0) == t, (0.0, 1.5) < t, (0.0, 0.5) < t)
print(u < (0, 1, 2.5), u == (0, 1, 2.0), u > (0, 1), u < (0, 1, 2, 0.5))
print(u == (0.0, 1.0), t == (0, 1), t != (0.5, 1), t <= (0, 1.0), t >= (-0.5, 7))
big = make(3) + (2**53 + 1,)
print(big == (0, 1, 2, 2.0**53), big > (0, 1, 2, 2.0**53), big < (0, 1, 2, 1e300))
print(t == (0.0, float("nan")), t < (0, float("inf")), t > (0, -float("inf")))
