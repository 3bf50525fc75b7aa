"""bytes() and bytearray() from nothing, a count, ints, and each other."""

print(bytes(), bytearray())
print(bytes(3), bytearray(2))
print(bytes([72, 105, 33]), bytearray([0, 127, 128, 255]))
print(bytes(range(65, 70)))
ba = bytearray(b"copy me")
b = bytes(ba)
ba[0] = 67
print(b, ba)
print(bytearray(b))
print(bytes(b"same"), bytearray(bytearray(b"twice")))
squares = [i * i for i in range(1, 8)]
print(bytes(squares))
print(bytes(x + 48 for x in range(10)))
print(list(b"abc"), list(bytearray(b"\x01\x02")))
print(len(bytes(1000)), sum(bytes(10)))
