word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
for k in sorted(counts):
    print(k, counts[k])
vowels = 0
for ch in "The Quick Brown Fox Jumps":
    if ch.lower() in "aeiou":
        vowels += 1
print("vowels:", vowels)
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print(list("hey"))
