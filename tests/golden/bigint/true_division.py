# int / int is correctly rounded, whatever the sizes of the operands.
x = 987654321
results = []
for i in range(400):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    a = x >> (i % 64)
    b = (x % 1000003) + 1
    if i % 3 == 0:
        a = a * 2 ** (i % 200)
    if i % 5 == 0:
        b = b * 3 ** (i % 90)
    if i % 7 == 0:
        a = -a
    results.append(a / b)
for k in range(0, 400, 40):
    print(results[k:k + 4])
print(sum(results))
print(10 ** 400 / 10 ** 399, 2 ** 1100 / 3 ** 700, 1 / (3 * 2 ** 1070), (2 ** 53 + 1) / 1)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
