# Values that stay within 64 bits.
n = 1
for i in range(1, 21):
    n *= i
print("20! =", n)
print(n // 1000000007, n % 1000000007)
x = 9223372036854775807
print(x, x // 2, x % 1000)
y = -9223372036854775807
print(y, y // 3, y % 7)
print(123456789 * 987654321)
