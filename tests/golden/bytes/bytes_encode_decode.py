"""str.encode() and bytes.decode() in UTF-8, with CPython's errors."""

for s in ["plain", "café", "naïve ☃", "😀!", ""]:
    b = s.encode()
    print(s, b, len(s), len(b), b.decode() == s)
print("x".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), "y".encode("UTF-8"), b"z".decode("utf8"))
print(bytearray("über".encode()).decode())
for bad in [b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"\xed\xa0\x80",
            b"\xf0\x9f\x98", b"ok\xc0\xaf", b"\xf4\x90\x80\x80"]:
    try:
        print(bad.decode())
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    b"\x80".decode()
except ValueError as e:
    print("caught as ValueError:", e)
