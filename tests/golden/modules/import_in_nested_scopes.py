# A module imported inside a function is used in its loops, in generator
# expressions and in functions nested in it.
def entropy(counts):
    import math
    total = sum(counts)
    bits = 0.0
    for c in counts:
        if c:
            bits -= c / total * math.log2(c / total)
    check = -sum(c / total * math.log2(c / total) for c in counts if c)
    return round(bits, 6), round(check, 6)


def scaler(factor):
    import math as m

    def scale(x):
        return m.floor(x * factor)

    return [scale(v) for v in (1.5, 2.25, 3.75)]


print(entropy([1, 1, 2, 4]), entropy([5, 0, 5]))
print(scaler(2), scaler(3))
