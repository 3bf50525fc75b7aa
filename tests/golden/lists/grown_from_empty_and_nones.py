# A list of Nones filled with lists that grew from an empty display by +.
def powerset(setsize):
    result = [None] * setsize
    ptr = 0
    while ptr < setsize:
        subset = []
        if ptr & 1:
            subset = subset + [ptr]
        result[ptr] = subset
        ptr += 1
    return result


def main():
    ps = powerset(4)
    for sub in ps:
        if sub is not None:
            print(','.join([str(x) for x in sub]))


main()
