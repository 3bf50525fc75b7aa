def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def apply_all(fns, x):
    return [f(x) for f in fns]


def compose(f, g):
    return lambda x: f(g(x))


def main():
    c = make_counter(10)
    print(c(), c(), c(5))
    double = lambda x: x * 2
    inc = lambda x: x + 1
    print(apply_all([double, inc], 7))
    both = compose(double, inc)
    print(both(3))
    pairs = [(3, "c"), (1, "a"), (2, "b")]
    pairs.sort(key=lambda p: p[0])
    print(pairs)
    factor = 3
    scaled = [x * factor for x in range(4)]
    print(scaled)
    total = 0

    def add(v):
        nonlocal total
        total += v

    for v in range(5):
        add(v)
    print(total)
    squares = (x * x for x in range(6) if x % 2 == 0)
    print(list(squares))
    limit = 4
    small = (x for x in [1, 5, 2, 7, 3] if x < limit)
    print(sum(small))


main()
