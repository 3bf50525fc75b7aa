"""+ * comparisons and `in` on bytes and bytearray."""

a = b"abc"
b = b"abd"
print(a + b, a * 3, 2 * a, a * 0, a * -1)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f")
print(a == b"abc", b"abc" == bytearray(b"abc"))
print(97 in a, 120 in a, b"bc" in a, b"" in a, b"ca" in a)
ba = bytearray(b"xy")
print(ba + b"z", b"z" + ba, ba * 2)
ba += b"!"
ba += bytearray(b"?")
print(ba)
s = b"start"
s += b"-end"
print(s)
words = [b"pear", b"apple", b"fig"]
words.sort()
print(words, sorted(words, reverse=True))
print(max(words), min(words))
