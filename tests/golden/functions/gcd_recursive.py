def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

def sum_digits(n):
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)

def binary(n):
    if n < 2:
        return str(n)
    return binary(n // 2) + str(n % 2)

print(gcd(1071, 462), gcd(17, 0), sum_digits(987654321), binary(37), binary(1024))
