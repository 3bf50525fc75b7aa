# Leaf functions doing only arithmetic and indexing keep no frame of their
# own (the raising path pushes one): their frames must still show, also
# after an earlier error in one was caught.
def pick(xs, i):
    return xs[i] * 2


def ratio(a, b):
    return a / b


def total(xs, n):
    s = 0
    for i in range(n):
        s += pick(xs, i)
    return s


try:
    print(ratio(1.0, 0.0))
except ZeroDivisionError as e:
    print("caught:", e)
print(total([1, 2, 3], 3))
print(ratio(3.0, 2.0))
print(total([1, 2, 3], 5))
