print(str(12345)[::-1], len(str(2 ** 50)), str(3.0) + str(4))
print(repr("a\nb"), repr(1e-10), repr(-0.0), repr(10 ** 15 * 1.0))
print(int("0") == 0, int("-0"), str(-0))
print(hash(1) == hash(1.0), hash("abc") == hash("abc"))
