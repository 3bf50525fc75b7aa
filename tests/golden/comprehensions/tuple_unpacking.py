# comprehensions that unpack tuples, nested tuples and produce tuples
points = [(1, 2), (3, 4), (-1, 0), (5, -5)]
print([x for x, _ in points])
print([x + y for x, y in points])
print([(y, x) for x, y in points])
print({x: y for x, y in points})
print([x * y for x, y in points if x > 0 and y > 0])
records = [("ann", (1990, 5)), ("bob", (1985, 12)), ("cy", (2001, 1))]
print([name for name, (year, month) in records if year < 2000])
print([f"{name}-{month:02d}" for name, (_, month) in records])
print(sorted([(year, name) for name, (year, _) in records], reverse=True))
triples = [(1, "a", 1.5), (2, "b", 2.5), (3, "c", 3.5)]
print([s * n for n, s, _ in triples])
print(sum([f for _, _, f in triples]))
print([(n, s) for n, s, f in triples if f > 2.0])
pairs_of_pairs = [((1, 2), (3, 4)), ((5, 6), (7, 8))]
print([a + d for (a, b), (c, d) in pairs_of_pairs])
print([[b, c] for (a, b), (c, d) in pairs_of_pairs])
coords = [(x, y) for x in range(3) for y in range(2)]
print(coords)
print([(x, y) for (x, y) in coords if x == y])
swapped = [(b, a) for a, b in zip("abc", range(3))]
print(swapped)
print(max([(len(w), w) for w in ["pear", "fig", "melon", "kiwi"]]))
print([divmod(n, 4) for n in [3, 9, 16, -5]])
print([q * 4 + r for q, r in [divmod(n, 4) for n in [3, 9, 16, -5]]])
