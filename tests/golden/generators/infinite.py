# infinite generators consumed with break, next() and bounded loops
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def cycle(items):
    while True:
        for it in items:
            yield it


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break

out = []
for f in fib():
    if f > 1000:
        break
    out.append(f)
print(out)

c = cycle(["red", "green", "blue"])
print([next(c) for _ in range(7)])

g = naturals()
for _ in range(5):
    next(g)
print(next(g), next(g))

print(list(collatz(6)))
print(len(list(collatz(27))), max(collatz(27)))

primes = []
for n in naturals():
    if n < 2:
        continue
    is_prime = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            is_prime = False
            break
    if is_prime:
        primes.append(n)
    if len(primes) == 15:
        break
print(primes)
