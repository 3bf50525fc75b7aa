"""hex() and bytes.fromhex()."""

print(b"\x00\x01\xab\xff".hex(), b"".hex(), bytearray(b"AZ").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex(" 01 02  0A0b "), bytes.fromhex(""))
for text in ["zz", "1", "ab c", "0g", "12 3"]:
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print("ValueError:", e)
data = "hello".encode()
print(bytes.fromhex(data.hex()) == data)
