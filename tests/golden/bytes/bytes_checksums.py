"""Checksums and a XOR cipher over bytes: adler32, fletcher16, crc32."""


def adler32(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data: bytes) -> int:
    s1, s2 = 0, 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def crc32(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xEDB88320
            else:
                crc >>= 1
    return crc ^ 0xFFFFFFFF


def xor_cipher(data: bytes, key: bytes) -> bytes:
    out = bytearray(len(data))
    for i in range(len(data)):
        out[i] = data[i] ^ key[i % len(key)]
    return bytes(out)


messages = [b"", b"a", b"abc", b"Wikipedia", "The quick brown fox".encode()]
for m in messages:
    print(f"{m!r:26} adler={adler32(m):08x} fletcher={fletcher16(m):04x} crc={crc32(m):08x}")
secret = xor_cipher(b"attack at dawn", b"key")
print(secret, secret.hex())
print(xor_cipher(secret, b"key"))
