def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

def reverse_number(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

for n in [0, 7, 42, 1234, 99999, 1000001, 2 ** 31]:
    print(n, digit_sum(n), reverse_number(n), reverse_number(n) == n)
