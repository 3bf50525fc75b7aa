limit = 10


def check(n):
    if n > 100:
        return limit() > n
    return n < limit


print(check(3))
