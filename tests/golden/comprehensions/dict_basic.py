# dict comprehensions: building from ranges, lists, zip, inverting, filtering items
squares = {n: n * n for n in range(6)}
print(squares)
words = ["apple", "bob", "cat", "apple", "dove"]
lengths = {w: len(w) for w in words}
print(lengths)
print(len(lengths))
firsts = {w[0]: w for w in words}
print(firsts)
inverted = {v: k for k, v in squares.items()}
print(inverted)
big = {k: v for k, v in squares.items() if v > 4}
print(big)
keys = ["x", "y", "z"]
vals = [1.5, 2.5, 3.5]
print({k: v for k, v in zip(keys, vals)})
print({i: c for i, c in enumerate("hey")})
print({k: v * 10 for k, v in lengths.items() if k != "bob"})
print({x: x % 3 == 0 for x in range(1, 7)})
print({n: str(n) * n for n in range(4)})
print({})
print({k: [] for k in "ab"})
groups = {k: [w for w in words if len(w) == k] for k in range(3, 6)}
print(groups)
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in sorted(counts.items())})
