# closures returned from functions: counters, adders, accumulators with independent state
def make_counter(start=0, step=1):
    value = start

    def counter():
        nonlocal value
        current = value
        value += step
        return current

    return counter


def make_adder(n):
    def add(x):
        return x + n

    return add


def make_accumulator():
    items = []

    def push(x):
        items.append(x)
        return len(items), sum(items)

    return push


c1 = make_counter()
c2 = make_counter(10, 5)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())
add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), add3(add10(0)))
adders = [make_adder(k) for k in range(1, 4)]
print([a(100) for a in adders])
acc = make_accumulator()
print(acc(5))
print(acc(7))
other = make_accumulator()
print(other(1))
print(acc(-2))


def make_stack():
    data = []

    def push(x):
        data.append(x)

    def pop():
        return data.pop()

    def size():
        return len(data)

    return push, pop, size


push, pop, size = make_stack()
push("a")
push("b")
push("c")
print(size(), pop(), pop(), size())
