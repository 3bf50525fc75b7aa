# non-ASCII text: len, indexing and slicing by code point, utf-8 encode/decode, ord/chr

words = ["naïve", "café", "Straße", "日本語", "smile 😀!", "Ωμέγα"]
for w in words:
    data = w.encode("utf-8")
    print(w, len(w), len(data), w[0], w[-1], w[1:3], w[::-1])
s = "añb€c😀d"
print([ord(c) for c in s])
print([c for c in s if ord(c) > 127])
print("".join(chr(ord(c) + 1) for c in "HAL"))
encoded = s.encode("utf-8")
print(encoded)
print(list(encoded[:4]))
print(encoded.decode("utf-8") == s, len(encoded), len(s))
print(bytes([0xc3, 0xa9]).decode("utf-8"), "é".encode("utf-8"), "€".encode())
print(s.find("€"), s.index("😀"), s.count("d"), "😀" in s)
print(s.upper(), "ΣΊΣΥΦΟΣ".lower(), "über".capitalize())
print("ü".center(5, "·"), "日本".ljust(4, "-"), "|" + "é" * 3 + "|")
greek = "αβγδε"
print(greek[1], greek[-2:], greek[::2], greek.index("γ"))
print(chr(955), chr(0x1F600), ord("€"), hex(ord("日")))
print(encoded.hex(), [len(c.encode("utf-8")) for c in "a€😀é"])
print(sorted("δαγβ"), max("zä"), "é" < "f", "é" > "e")
print(repr("tab\té"), repr("日本"), "é日".split("日"))
print(" ".join(reversed("añb€".split("b"))))
