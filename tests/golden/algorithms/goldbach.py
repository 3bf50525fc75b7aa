def primes_upto(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    for i in range(2, n + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return flags

FLAGS = primes_upto(1000)
for even in range(4, 60, 6):
    for p in range(2, even):
        if FLAGS[p] and FLAGS[even - p]:
            print(even, "=", p, "+", even - p)
            break
