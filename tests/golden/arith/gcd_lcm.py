def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print("lcm 1..20:", total)
