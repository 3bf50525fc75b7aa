def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1

def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0

print(first_negative([3, 4, -1, -5]), first_negative([1, 2]))
print([sign(v) for v in [-3, 0, 8]])
def nothing():
    pass
print(nothing())
