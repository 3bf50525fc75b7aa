# round() of a value that is an int on some paths and a float on others.
def mean_or_total(xs, average):
    total = 0
    for x in xs:
        total += x
    if average and xs:
        total = total / len(xs)
    return total


for xs, average in [([1, 2, 4], False), ([1, 2, 4], True), ([0.5, 0.25], False), ([], True)]:
    v = mean_or_total(xs, average)
    print(v, round(v), round(v, 1), round(v, -1))
