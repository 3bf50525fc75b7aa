def is_happy(n):
    seen = []
    while n != 1 and n not in seen:
        seen.append(n)
        total = 0
        while n > 0:
            d = n % 10
            total += d * d
            n //= 10
        n = total
    return n == 1

print([n for n in range(1, 100) if is_happy(n)])
