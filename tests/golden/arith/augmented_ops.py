x = 100
x += 5
print(x)
x -= 20
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 10
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 1
x &= 0xFF
x ^= 0x0F
print(x)
f = 1.5
f *= 4
f /= 3
f -= 0.5
print(f)
