# comprehensions that group, filter and reshape records: list, set and dict forms with several conditions

people = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 42, "oslo"), ("dee", 19, "lima"),
          ("eve", 25, "rome"), ("fay", 37, "oslo"), ("gus", 64, "lima")]
cities = sorted({city for _, _, city in people})
print(cities)
by_city = {c: [n for n, _, city in people if city == c] for c in cities}
print(by_city)
avg_age = {c: sum(a for _, a, city in people if city == c) / len(by_city[c]) for c in cities}
print({c: round(v, 1) for c, v in avg_age.items()})
print([n for n, a, c in people if a > 30 if c != "lima"])
print([n.upper() if a < 30 else n for n, a, _ in people])
print(sorted({a for _, a, _ in people if a % 2 == 1}))
ages = {n: a for n, a, _ in people}
print({a: sorted(n for n in ages if ages[n] == a) for a in sorted(set(ages.values())) if list(ages.values()).count(a) > 1})
decades = {a // 10 * 10: [] for _, a, _ in people}
for n, a, _ in people:
    decades[a // 10 * 10].append(n)
print(sorted(decades.items()))
print([(n, c) for n, a, c in people if c.startswith("o") and a < 40 or n == "gus"])
matrix = [[(r * 3 + c) % 5 for c in range(4)] for r in range(3)]
print(matrix)
print([[v for v in row if v] for row in matrix])
print({(r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v == 0})
print({r: max(row) for r, row in enumerate(matrix) if sum(row) > 6})
words = "to be or not to be that is the question".split()
print(sorted({w for w in words if words.count(w) > 1}))
print({len(w): w for w in words})
print([w for i, w in enumerate(words) if i % 2 == 0 and len(w) > 2])
