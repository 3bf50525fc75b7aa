squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
words = ["alpha", "beta", "gamma"]
lens = [len(w) for w in words]
upper = [w.upper() for w in words if "a" in w]
print(squares)
print(evens)
print(pairs)
print(lens, upper)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
flat = [v for row in matrix for v in row]
print(flat)
