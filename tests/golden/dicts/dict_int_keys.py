squares = {}
for i in range(-3, 4):
    squares[i] = i * i
print(squares)
inverse = {}
for k, v in squares.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
fib = {0: 0, 1: 1}
for n in range(2, 30):
    fib[n] = fib[n - 1] + fib[n - 2]
print(fib[29], len(fib))
