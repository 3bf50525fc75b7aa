# set and dict comprehensions: inverting maps, grouping, filtering by value, keys from tuples

stock = {"apple": 5, "pear": 0, "plum": 12, "kiwi": 3, "fig": 0, "lime": 8}
print({k: v for k, v in stock.items() if v > 0})
print(sorted({k for k, v in stock.items() if v == 0}))
print({v: k for k, v in stock.items() if v})
print({k: v * 2 for k, v in sorted(stock.items()) if len(k) == 4})
print(sorted({len(k) for k in stock}))
print({n % 5 for n in range(100)})
print(sorted({c.upper() for k in stock for c in k if c in "aeiou"}))
squares = {n: n * n for n in range(-3, 4)}
print(squares)
print({v for v in squares.values()} == {0, 1, 4, 9})
by_first = {}
for name in sorted(stock):
    by_first.setdefault(name[0], []).append(name)
print(by_first)
lengths = {name: len(name) for name in stock}
print(max(lengths.values()), sorted(k for k in lengths if lengths[k] == 4))
pairs = {(a, b): a * b for a in range(1, 4) for b in range(1, 4) if a <= b}
print(pairs)
print(sorted(pairs, key=lambda t: pairs[t]))
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {w: words.count(w) for w in set(words)}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print({w[0] for w in words if len(w) > 3} & {"q", "b", "z", "x"} == {"q", "b"})
