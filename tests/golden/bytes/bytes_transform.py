"""split, join, strip, replace, upper, lower."""

line = b"  alpha beta\tgamma\n "
print(line.split(), line.strip(), line.lstrip(), line.rstrip())
print(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"".split(), b"".split(b","))
print(b"xxhixx".strip(b"x"), b"--a--".lstrip(b"-"), b"--a--".rstrip(b"-"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join(b.upper() for b in [b"x", b"y"]))
print(b"aaa".replace(b"a", b"bc"), b"aaa".replace(b"a", b"", 2), b"ab".replace(b"", b"."))
print(b"MiXeD 123".upper(), b"MiXeD 123".lower(), b"\xe9".upper())
ba = bytearray(b"Shout")
print(ba.upper(), ba.lower(), ba.replace(b"o", b"0"), ba.split(b"o"))
print(bytearray(b"-").join([b"1", b"2"]))
