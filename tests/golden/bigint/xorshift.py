MASK = 0xFFFFFFFFFFFFFFFF


def xorshift64(state: int) -> int:
    state ^= (state << 13) & MASK
    state ^= state >> 7
    state ^= (state << 17) & MASK
    return state


def xorshift128plus(s0: int, s1: int) -> tuple[int, int, int]:
    s1 ^= (s1 << 23) & MASK
    s1 = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26)
    return s0, s1, (s0 + s1) & MASK


x = 88172645463325252
for i in range(5):
    x = xorshift64(x)
    print(x)
a, b, r = 1, 2, 0
for i in range(100000):
    a, b, r = xorshift128plus(a, b)
print(a, b, r)
buckets = [0] * 8
y = 123456789
for i in range(10000):
    y = xorshift64(y)
    buckets[y % 8] += 1
print(buckets)
