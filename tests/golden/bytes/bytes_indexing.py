"""Indexing gives ints, slicing gives bytes, iteration gives ints."""

data = b"Hello, bytes!"
print(data[0], data[-1], data[7])
print(data[0:5], data[7:], data[:-1], data[::2], data[::-1])
print(data[100:], data[-100:3], data[3:3])
print(len(data))
total = 0
for byte in data:
    total += byte
print(total)
for i, byte in enumerate(data[:4]):
    print(i, byte, chr(byte))
ba = bytearray(b"mutable")
print(ba[0], ba[-2], ba[1:4], ba[::-1])
print([b for b in ba if b > 110])
print(max(data), min(data), sorted(b"cab"))
