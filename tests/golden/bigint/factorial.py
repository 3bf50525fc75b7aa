import math


def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def factorial_rec(n: int) -> int:
    if n <= 1:
        return 1
    return n * factorial_rec(n - 1)


print(factorial(50))
print(factorial_rec(70))
print(math.factorial(60) == factorial(60))
for n in [20, 21, 25, 30]:
    print(n, factorial(n), len(str(factorial(n))))
print(factorial(100) // factorial(98))
