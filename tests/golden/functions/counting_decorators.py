# decorators that keep state in closures: call counters, argument logs, caching and validation


def counted(f):
    calls = 0

    def wrapper(x):
        nonlocal calls
        calls += 1
        return f(x), calls
    return wrapper


def logged(prefix):
    def decorate(f):
        history = []

        def wrapper(a, b):
            result = f(a, b)
            history.append(f"{prefix}{f.__name__}({a}, {b}) = {result}")
            if len(history) > 2:
                history.pop(0)
            return result, list(history)
        return wrapper
    return decorate


def positive_only(f):
    def wrapper(n):
        if n < 0:
            raise ValueError(f"{f.__name__} needs n >= 0, got {n}")
        return f(n)
    return wrapper


def cached(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = f(n)
        cache[n] = value
        return value
    return wrapper


@counted
def shout(s):
    return s.upper() + "!"


@logged("> ")
def add(a, b):
    return a + b


@positive_only
@cached
def ways(n):
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2)


print(shout("hi"), shout("yo"), shout("hey"))
print(add(1, 2))
print(add(3, 4))
print(add(10, 20))
print(ways(10), ways(50))
try:
    ways(-3)
except ValueError as e:
    print("ValueError:", e)
