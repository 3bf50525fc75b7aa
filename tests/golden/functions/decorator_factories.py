# user decorators: plain wrappers, decorator factories with arguments, stacked decorators

calls = []


def traced(f):
    def wrapper(x):
        calls.append(f.__name__ + "(" + str(x) + ")")
        return f(x)
    return wrapper


def scaled(factor):
    def decorate(f):
        def wrapper(x):
            return f(x) * factor
        return wrapper
    return decorate


def clamp_result(lo, hi):
    def decorate(f):
        def wrapper(x):
            r = f(x)
            return max(lo, min(hi, r))
        return wrapper
    return decorate


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


@traced
def square(x):
    return x * x


@scaled(10)
def inc(x):
    return x + 1


@clamp_result(0, 50)
@scaled(3)
def shift(x):
    return x - 4


@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@traced
@scaled(2)
def half(x):
    return x // 2


print(square(3), square(4))
print(inc(1), inc(5))
print([shift(x) for x in [0, 4, 10, 20, 30]])
print(fib(40), fib(60))
print(half(9), half(20))
print(calls)
print(len(calls))
