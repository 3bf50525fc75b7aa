# Module constants whose intermediate values exceed 64 bits (as Python's big
# ints compute them) are folded at translation time when the result fits.
MAXINT = 2 ** 63 - 1
MININT = -MAXINT - 1
HALF = (1 << 63) // 2
MASK_LOW = (1 << 40) - 1
BILLION_SQUARED = 10 ** 9 * 10 ** 9
WRAPPED = (2 ** 64 + 5) % 2 ** 32
NEGATIVE_FLOOR = -(2 ** 70) // 2 ** 10 // 2 ** 58
BITS = ((1 << 65) | 0xFF) >> 60
FLIPPED = ~(2 ** 62)

print(MAXINT, MININT, HALF)
print(MASK_LOW, BILLION_SQUARED, WRAPPED)
print(NEGATIVE_FLOOR, BITS, FLIPPED)
print(MAXINT // 4, MININT % 7, -(MININT + 1) == MAXINT)
