def modpow(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result

M = 1000000007
print(modpow(2, 10, M), modpow(3, 200, M), modpow(7, M - 2, M), modpow(10, 18, 97))
print(modpow(7, M - 2, M) * 7 % M)
