a = 1
b = 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b
print(fib_pair(10), fib_pair(50))
q, r = divmod(47, 5)
print(q, r)
