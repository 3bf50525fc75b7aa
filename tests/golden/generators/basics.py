# Generators: yield, yield from, consumers, early exit, exhaustion.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(limit):
    for k in range(limit):
        if k % 2 == 0:
            yield k


def first_words(text):
    for word in text.split():
        if word == "stop":
            return
        yield word.upper()


def chain(a, b):
    yield from count_up(a)
    yield from count_up(b)


def pairs(names):
    index = 0
    for name in names:
        yield (index, name)
        index += 1


def squares_of(source):
    for x in source:
        yield x * x


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    for i in count_up(4):
        print("count", i)
    print(list(evens(10)))
    print(sum(count_up(101)))
    print(sorted(first_words("the quick brown fox stop jumps")))
    print(list(chain(2, 3)))
    for i, name in pairs(["ann", "bob", "cy"]):
        print(i, name)
    print(list(squares_of(evens(9))))
    total = 0
    for f in fib():
        if f > 1000:
            break
        total += f
    print("fib total", total)
    g = count_up(3)
    print(next(g), next(g), next(g), next(g, -1), next(g, -2))
    print(max(squares_of(count_up(7))), min(evens(7)))
    print(any(x > 5 for x in count_up(10)), all(x < 5 for x in count_up(10)))
    words = list(first_words("alpha beta"))
    print(len(words), words)
    empty = list(count_up(0))
    print(empty)


if __name__ == "__main__":
    main()
