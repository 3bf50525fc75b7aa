"""Prints the most frequent words of stdin: wordfreq.py [HOW_MANY]."""
import sys

from textkit.table import format_table
from textkit.words import count_words, read_lines


def main(argv):
    how_many = int(argv[1]) if len(argv) > 1 else 10
    counts = count_words(read_lines())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    print(format_table("most frequent words", ranked[:how_many]))
    print(f"{len(counts)} distinct words, {sum(counts.values())} in all")


main(sys.argv)
