def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

primes = [n for n in range(100) if is_prime(n)]
print(primes)
print(len(primes), sum(primes))
print(is_prime(1000003), is_prime(1000001))
