values = [0, 1, -1, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 40, -(7 ** 77)]
for v in values:
    s = str(v)
    back = int(s)
    print(s, back == v, repr(back), len(s))
print(int("  -123456789012345678901234567890  "))
print(int("1_000_000_000_000_000_000_000"))
print(int("ffffffffffffffffffffffff", 16))
print(int("-0b" + "1" * 70, 0))
print(int("zzzzzzzzzzzzzzzz", 36))
print(int("0o777777777777777777777777", 8))
print(str(2 ** 100 + 1)[-5:])
