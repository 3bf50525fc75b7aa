class ParseError(Exception):
    def __init__(self, line, message):
        super().__init__("line %d: %s" % (line, message))
        self.line = line


def parse_number(text, line):
    if not text.isdigit():
        raise ParseError(line, "not a number: " + repr(text))
    return int(text)


def parse_all(lines):
    numbers = []
    for i, text in enumerate(lines):
        numbers.append(parse_number(text, i + 1))
    return numbers
