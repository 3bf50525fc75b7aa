# base64 and binascii: hex and base64 encodings, CRC-32, and the errors
# of bad input.
import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    encoded = base64.b64encode(data)
    print(data, encoded, base64.b64decode(encoded) == data, base64.urlsafe_b64encode(data),
          binascii.hexlify(data), base64.b16encode(data))
buffer = bytearray(b"\x00\xff?>")
print(base64.b64encode(buffer), binascii.hexlify(buffer), binascii.crc32(buffer))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode(b"Zm9vYg=="), base64.urlsafe_b64decode("-_8="))
print(binascii.unhexlify("deadBEEF"), binascii.a2b_hex(b"00ff"), base64.b16decode("4142"))
print(binascii.b2a_base64(b"hello"), binascii.a2b_base64("aGVsbG8="))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b""))
print(base64.b64encode("café".encode("utf-8")).decode())

for bad in ["YQ", "Y", "YWJjZ", "abc=x"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("binascii.Error:", e)
for bad in ["abc", "zz", "é1"]:
    try:
        print(binascii.unhexlify(bad))
    except binascii.Error as e:
        print("binascii.Error:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    base64.b16decode("4a")
except binascii.Error as e:
    print("binascii.Error:", e)
