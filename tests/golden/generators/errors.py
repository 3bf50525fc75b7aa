# Exceptions raised inside generators reach the consumer; a generator that
# raised is finished.


class ParseError(Exception):
    pass


def parse_numbers(lines):
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not line.isdigit():
            raise ParseError("bad line: " + line)
        yield int(line)


def checked(values):
    for v in values:
        try:
            yield 100 // v
        except ZeroDivisionError:
            yield -1


def main():
    total = 0
    try:
        for n in parse_numbers(["1", "2", "", "x3", "4"]):
            total += n
    except ParseError as e:
        print("error:", e)
    print("total", total)
    print(list(checked([5, 0, 20])))
    g = parse_numbers(["7", "oops"])
    print(next(g))
    try:
        next(g)
    except ParseError as e:
        print("second:", e)
    print(next(g, 99))
    for n in parse_numbers(["10", "11", "bad"]):
        print("got", n)


if __name__ == "__main__":
    main()
