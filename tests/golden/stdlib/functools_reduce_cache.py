# functools: reduce, and results cached by @cache / @lru_cache.
import functools
from functools import cache, lru_cache, reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))


def longer(a, b):
    return a if len(a) >= len(b) else b


print(functools.reduce(longer, "the quick brown fox jumped".split()))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a * 10 + b, [4, 2], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), calls)
print(fib(80), calls)


@cache
def paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(16, 16))


@functools.lru_cache
def describe(word, times):
    print("computing", word, times)
    return word * times


print(describe("ab", 2), describe("ab", 2), describe("ab", 3))


@functools.lru_cache(maxsize=128)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 3000), key=collatz))


@cache
def fails(n):
    print("trying", n)
    if n < 0:
        raise ValueError("negative")
    return n


for attempt in [1, -1, 1, -1]:
    try:
        print(fails(attempt))
    except ValueError as e:
        print("ValueError:", e)
