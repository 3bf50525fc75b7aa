"""int.to_bytes and int.from_bytes."""

for n in [0, 1, 255, 256, 65535, 1 << 40]:
    big = n.to_bytes(8, "big")
    little = n.to_bytes(8, byteorder="little")
    print(n, big, little, int.from_bytes(big, "big"), int.from_bytes(little, "little"))
print((1025).to_bytes(2, "big"), (7).to_bytes(), int.from_bytes(b"\x01\x00"))
print(int.from_bytes(bytearray(b"\xff\xff"), byteorder="little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(2, "little")
except OverflowError as e:
    print("OverflowError:", e)
