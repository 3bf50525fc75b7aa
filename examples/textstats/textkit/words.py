"""Splitting lines of text into lower-case words, and counting them."""


def split_words(line):
    words = []
    current = []
    for ch in line:
        if ch.isalpha() or (ch == "'" and current):
            current.append(ch.lower())
        elif current:
            words.append("".join(current).strip("'"))
            current = []
    if current:
        words.append("".join(current).strip("'"))
    return [w for w in words if w]


def count_words(lines):
    counts = {}
    for line in lines:
        for word in split_words(line):
            counts[word] = counts.get(word, 0) + 1
    return counts


def read_lines():
    """Every line of stdin, without its newline."""
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            return lines
