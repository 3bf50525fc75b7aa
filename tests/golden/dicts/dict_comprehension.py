words = ["apple", "bob", "kayak", "tree", "noon"]
lengths = {w: len(w) for w in words}
pal = {w: w == w[::-1] for w in words}
print(lengths)
print(pal)
inv = {v: k for k, v in lengths.items()}
print(inv)
print({i: i ** 3 for i in range(5) if i % 2 == 0})
