"""bytes literals: escapes, repr with CPython's quote choice, print, str, f-strings."""

a = b"\x00abc\n"
print(a)
print(repr(a), str(a))
print(b"it's", b'say "hi"', b"both ' and \"")
print(b"\t\r\\ \x7f\x80\xff \101\102 \0")
print(b"" == b"", len(b""), len(a))
raw = rb"\n\x00"
print(raw, len(raw))
joined = b"abc" b"def"
print(joined)
name = b"krait"
print(f"{name!r} and {name} and [{name!r:>12}]")
print("str:", str(name), "repr:", repr(name))
empty = b""
print(f"{empty}", bool(empty), bool(name))
print(b"x" if empty else b"y")
