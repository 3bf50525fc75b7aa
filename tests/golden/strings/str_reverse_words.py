sentence = "the quick brown fox jumps over the lazy dog"
words = sentence.split()
print(" ".join(words[::-1]))
print(" ".join([w[::-1] for w in words]))
print(" ".join([w.capitalize() for w in words]))
print(max([len(w) for w in words]), min([len(w) for w in words]))
initials = ""
for w in words:
    initials += w[0]
print(initials.upper())
