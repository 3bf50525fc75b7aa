a = -(2 ** 100) + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, ~b, ~(-1), ~0)
print(a >> 3, a >> 100, a >> 200, b >> 89)
print(a << 3, b << 64, -1 << 100)
print(-(2 ** 70) & 0xFFFF_FFFF_FFFF_FFFF)
print((1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
mask = (1 << 64) - 1
print(-5 & mask, (-5 & mask) >> 60)
print(a & -a, b | -b)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
print(-(2 ** 65) >> 1, -(2 ** 65 + 1) >> 1)
