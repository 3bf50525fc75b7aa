def is_armstrong(n):
    s = str(n)
    k = len(s)
    total = 0
    for ch in s:
        total += int(ch) ** k
    return total == n

print([n for n in range(1, 100000) if is_armstrong(n)])
