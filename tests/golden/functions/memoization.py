# memoization with a closure over a dict, and a memo dict passed explicitly
def memoize_fib():
    cache = {}
    calls = [0]

    def fib(n):
        calls[0] += 1
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result

    return fib, calls


fib, calls = memoize_fib()
print(fib(30))
print("calls", calls[0])
print(fib(50))
print("calls", calls[0])
print(fib(10))
print("calls", calls[0])


def count_paths(r, c, memo):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = count_paths(r - 1, c, memo) + count_paths(r, c - 1, memo)
    memo[key] = v
    return v


memo = {}
print(count_paths(2, 2, memo))
print(count_paths(10, 10, memo))
print(count_paths(16, 16, memo))
print(len(memo))


def make_cached(f):
    store = {}

    def wrapper(x):
        if x not in store:
            store[x] = f(x)
        return store[x]

    return wrapper


def slow_square(x):
    print("computing", x)
    return x * x


sq = make_cached(slow_square)
print(sq(4))
print(sq(4))
print(sq(5))
print(sq(4) + sq(5))
