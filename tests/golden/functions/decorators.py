# User decorators known at translation time: wrappers, factories, registries.

REGISTRY: list[str] = []


def register(f):
    REGISTRY.append(f.__name__)
    return f


def repeat(times: int):
    def decorate(f):
        def wrapper(x: int) -> list[int]:
            return [f(x + i) for i in range(times)]
        return wrapper
    return decorate


def traced(f):
    def wrapper(*args):
        print("->", f.__name__, args)
        result = f(*args)
        print("<-", f.__name__, result)
        return result
    return wrapper


def memo(f):
    cache: dict[int, int] = {}

    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


@register
def square(x: int) -> int:
    return x * x


@register
@repeat(3)
def cube(x: int) -> int:
    return x * x * x


@traced
def mix(a: int, b: str) -> str:
    return b * a


@memo
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main() -> None:
    print(square(7), cube(2))
    print(REGISTRY)
    print(mix(3, "ab"))
    print(fib(80))

    def shout(f):
        def inner(s: str) -> str:
            return f(s).upper() + "!"
        return inner

    @shout
    def greet(name: str) -> str:
        return "hello " + name

    print(greet("krait"))


main()
