"""count, find, index, startswith, endswith."""

text = b"banana bandana"
print(text.count(b"an"), text.count(b"a"), text.count(110), text.count(b""))
print(text.find(b"nan"), text.find(b"xyz"), text.find(100))
print(text.index(b"band"), text.index(32))
print(text.startswith(b"ban"), text.startswith(b"nan"), text.endswith(b"ana"), text.endswith(b""))
try:
    text.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
ba = bytearray(b"needle in haystack")
print(ba.find(b"in"), ba.count(b"e"), ba.startswith(b"need"))
