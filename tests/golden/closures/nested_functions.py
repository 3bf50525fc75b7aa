# Nested functions: reading enclosing variables (late binding), writing
# them with nonlocal, recursion of a nested function, functions returned
# and stored in containers.


def outer(n):
    label = "n="

    def describe():
        return label + str(n)

    n += 1  # the closure sees the variable, not the value at def time
    return describe()


def fib_memo(limit):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        value = fib(k - 1) + fib(k - 2)
        memo[k] = value
        return value

    return [fib(i) for i in range(limit)]


def make_accumulator():
    items = []
    total = 0

    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total

    add(3)
    add(4)
    return add(5), items


def counter_pair():
    count = 0

    def up():
        nonlocal count
        count += 1
        return count

    def down():
        nonlocal count
        count -= 1
        return count

    up()
    up()
    up()
    down()
    return count


def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c

        return level3(b + 1)

    return level2(a + 1)


def adder(k):
    def add(x):
        return x + k

    return add


def main():
    print(outer(5))
    print(fib_memo(15))
    print(make_accumulator())
    print(counter_pair())
    print(level1(1))
    add5 = adder(5)
    add10 = adder(10)
    print(add5(1), add10(1), add5(add10(0)))
    handlers = {"double": lambda v: v * 2, "negate": lambda v: -v, "square": lambda v: v * v}
    for name in sorted(handlers):
        print(name, handlers[name](7))
    ops = [abs, lambda v: v + 100]
    print([op(-3) for op in ops])


if __name__ == "__main__":
    main()
