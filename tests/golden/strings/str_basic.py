s = "Hello, World"
print(s, len(s), s[0], s[-1], s[4])
print(s[0:5], s[7:], s[:5], s[-5:], s[::2], s[::-1])
print(s + "!", s * 2, "-" * 10)
print("World" in s, "xyz" in s, "xyz" not in s)
print(s == "Hello, World", "abc" < "abd", "B" < "a", "" < "a")
t = ""
for ch in "abc":
    t = ch + t
print(t)
