def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]

primes = sieve(20000)
print(len(primes), primes[:15], primes[-3:])
twins = 0
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins += 1
print("twin pairs:", twins)
gaps = {}
for i in range(len(primes) - 1):
    g = primes[i + 1] - primes[i]
    gaps[g] = gaps.get(g, 0) + 1
for g in sorted(gaps)[:8]:
    print(g, gaps[g])
