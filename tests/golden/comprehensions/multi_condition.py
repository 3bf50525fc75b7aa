# list comprehensions with several if clauses, conditional expressions and multiple for clauses

nums = list(range(1, 31))
print([n for n in nums if n % 2 == 0 if n % 3 == 0])
print([n for n in nums if n % 2 == 0 and n % 5 == 0 or n == 7])
print([n if n % 2 else -n for n in range(10)])
print(["fizz" if n % 3 == 0 else str(n) for n in range(1, 11) if n % 2 == 1])
print([(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0])
print([(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c])
words = ["stone", "apple", "tree", "oasis", "sky", "under", "ice"]
vowels = "aeiou"
print([w for w in words if w[0] in vowels if w[-1] in vowels])
print([w.upper() for w in words if len(w) > 3 if "e" in w])
print([w[:2] for w in words if not w.startswith("s")])
matrix = [[3, -1, 4], [-1, 5, -9], [2, 6, -5]]
print([x for row in matrix for x in row if x > 0])
print([[x if x >= 0 else 0 for x in row] for row in matrix])
print([sum(x for x in row if x < 0) for row in matrix])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
pairs = [(1, "one"), (2, "two"), (3, "three"), (4, "four")]
print([name for num, name in pairs if num % 2 == 0])
print([f"{n}:{len(s)}" for n, s in pairs if len(s) > 3 and n > 1])
grid = ["#..#", ".##.", "#..."]
print([(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "#"])
print(len([1 for line in grid for ch in line if ch == "."]))
