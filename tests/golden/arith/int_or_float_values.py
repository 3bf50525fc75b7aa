def total(prices):
    t = 0
    for p in prices:
        t += p
    return t
def f(n):
    if n > 3:
        return n * 1.5
    return n
print(total([]), total([1.5, 2.5]))
x = f(2)
y = f(5)
print(x, y, x + y, x < y, x == 2, -x, abs(-y), int(y), float(x), x / 2, x // 1, x ** 2)
print("%d %f %s" % (x, y, x), f"{x:>5}|{y:.2f}", str(x), repr(y))
