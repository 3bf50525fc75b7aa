def collatz(n: int) -> tuple[int, int]:
    steps = 0
    peak = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
        steps += 1
    return steps, peak


for start in [27, 2 ** 100 + 1, 3 ** 80, 10 ** 30 - 1, 2 ** 64 - 1]:
    steps, peak = collatz(start)
    print(start, steps, peak)
