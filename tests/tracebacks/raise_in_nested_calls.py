def inner(x):
    if x > 2:
        raise ValueError("bad value: %d" % x)
    return x

def outer(n):
    total = 0
    for i in range(n):
        total += inner(i)
    return total

print(outer(2))
print(outer(5))
