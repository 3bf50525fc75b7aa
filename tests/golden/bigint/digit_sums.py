def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


print(digit_sum(2 ** 1000))
f = 1
for i in range(1, 101):
    f *= i
print(digit_sum(f))
print(sum(int(c) for c in str(2 ** 500)))
print(str(f).count("0"), len(str(f)) - len(str(f).rstrip("0")))
