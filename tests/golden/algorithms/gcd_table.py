def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print("    " + "".join(["%3d" % j for j in range(1, 11)]))
for i in range(1, 11):
    print("%3d " % i + "".join(["%3d" % gcd(i, j) for j in range(1, 11)]))
coprime = 0
for i in range(1, 101):
    for j in range(1, 101):
        if gcd(i, j) == 1:
            coprime += 1
print(coprime, coprime / 10000)
