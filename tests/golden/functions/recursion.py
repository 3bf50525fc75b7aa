def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

print([fact(i) for i in range(10)])
print([fib(i) for i in range(20)])
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
