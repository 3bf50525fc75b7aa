# closures that keep private state with nonlocal: counters, accumulators, memo tables, toggles


def make_counter(step=1):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count
    return tick


def make_averager():
    total = 0.0
    n = 0

    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add


def make_toggle(a, b):
    current = a

    def flip():
        nonlocal current
        current = b if current == a else a
        return current
    return flip


def make_history(limit):
    items = []
    dropped = 0

    def push(x):
        nonlocal dropped
        items.append(x)
        if len(items) > limit:
            items.pop(0)
            dropped += 1
        return list(items), dropped
    return push


def fib_memo():
    memo = {0: 0, 1: 1}
    lookups = 0

    def fib(n):
        nonlocal lookups
        lookups += 1
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]

    def stats():
        return lookups, len(memo)
    return fib, stats


c1 = make_counter()
c3 = make_counter(3)
print(c1(), c1(), c3(), c1(), c3())
avg = make_averager()
print([avg(x) for x in [10, 20, 60, 10]])
t = make_toggle("on", "off")
print([t() for _ in range(5)])
push = make_history(3)
for x in "abcde":
    print(push(x))
fib, stats = fib_memo()
print(fib(30), stats())
print(fib(31), stats())
