for v in [0, 255, -255, 2 ** 64, -(2 ** 64), 2 ** 100 - 1, -(3 ** 60)]:
    print(hex(v), bin(v), oct(v))
    print(int(hex(v), 16) == v, int(bin(v), 0) == v, int(oct(v), 8) == v)
print(hex(2 ** 64 - 1).upper())
print(len(bin(2 ** 1000)))
