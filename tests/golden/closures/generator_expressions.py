# Generator expressions as values: lazy, single pass, reading enclosing
# variables when they run.


def words_longer_than(words, n):
    return (w for w in words if len(w) > n)


def grid(width, height):
    return ((x, y) for y in range(height) for x in range(width) if (x + y) % 2 == 0)


def first_match(values, target):
    matches = (i for i, v in enumerate(values) if v == target)
    return next(matches, -1)


def main():
    text = "the quick brown fox jumps over the lazy dog"
    long_words = words_longer_than(text.split(), 3)
    print(next(long_words))
    print(list(long_words))
    print(list(long_words))  # exhausted
    print(list(grid(3, 3)))
    print(first_match([4, 8, 15, 16, 23, 42], 16), first_match([1, 2], 9))
    offset = 10
    shifted = (v + offset for v in range(3))
    offset = 20  # read when the generator runs
    print(list(shifted))
    squares = (n * n for n in range(1, 6))
    total = 0
    for s in squares:
        total += s
    print(total)
    print(sum(x for x in range(10) if x % 3 == 0))
    print(max((len(w), w) for w in text.split()))
    print(sorted((w for w in text.split()), key=len)[:3])
    print(", ".join(w.upper() for w in ["a", "b", "c"]))


if __name__ == "__main__":
    main()
