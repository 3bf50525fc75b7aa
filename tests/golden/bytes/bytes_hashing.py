"""hash() of bytes equals CPython's; bytes as set members and dict keys."""

for b in [b"", b"a", b"abc", b"\x00\xff", b"hello world!"]:
    print(b, hash(b))
print(hash(b"abc") == hash("abc"))
seen = {b"x", b"y", b"abc", b"", b"zz"}
print(seen)
print(b"abc" in seen, b"q" in seen)
seen.add(b"q")
seen.discard(b"x")
print(sorted(seen))
counts: dict[bytes, int] = {}
for word in b"the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
table = {bytes([i]): i for i in range(3)}
print(table, table[b"\x01"])
print(set(b"abracadabra"))
