import textutil


def mean(xs):
    return sum(xs) / len(xs)


def describe(xs):
    return textutil.join_all([str(x) for x in xs]) + " (mean %.2f)" % mean(xs)


print("numutil imported")
