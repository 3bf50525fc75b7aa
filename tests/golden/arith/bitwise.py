a = 0b1011
b = 0x0F
print(a & b, a | b, a ^ b, ~a, a << 3, 1000 >> 2, -17 >> 2)
print(0o17, 0xff, 0b101)
mask = 0
for i in range(0, 16, 3):
    mask |= 1 << i
print(mask)
count = 0
v = 0xDEADBEEF
while v:
    count += v & 1
    v >>= 1
print("popcount", count)
