def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d * d != n:
                total += n // d
        d += 1
    return total

perfect = [n for n in range(2, 10000) if divisor_sum(n) == n]
print(perfect)
amicable = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        amicable.append((a, b))
print(amicable)
