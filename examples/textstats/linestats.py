"""Prints statistics of the lines of stdin."""
from textkit import words
from textkit.table import format_table


def main():
    lines = words.read_lines()
    lengths = [len(line) for line in lines]
    blank = len([line for line in lines if not line.strip()])
    longest = max(lengths) if lengths else 0
    per_line = [len(words.split_words(line)) for line in lines]
    rows = [
        ("lines", len(lines)),
        ("blank lines", blank),
        ("longest line", longest),
        ("words", sum(per_line)),
        ("most words in a line", max(per_line) if per_line else 0),
    ]
    print(format_table("line statistics", rows))
    if lines:
        average = sum(lengths) / len(lines)
        print(f"average length: {average:.2f} characters")


main()
