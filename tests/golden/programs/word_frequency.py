"""Word frequencies of a text file: the most common words, the longest ones,
and a few statistics per paragraph.

Usage: word_frequency.py [FILE]   (default: harbour.txt beside the program)
"""
import sys


def words_of(line):
    """The lower-case words of a line: runs of letters (and inner apostrophes)."""
    words = []
    current = ""
    for ch in line.lower():
        if ch.isalpha() or (ch == "'" and current):
            current += ch
        else:
            if current:
                words.append(current.strip("'"))
            current = ""
    if current:
        words.append(current.strip("'"))
    return words


def read_paragraphs(path):
    """The file's paragraphs, each a list of its lines (blank lines separate them)."""
    paragraphs = []
    current = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() == "":
                if current:
                    paragraphs.append(current)
                current = []
            else:
                current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def count_words(paragraphs):
    counts = {}
    total = 0
    for paragraph in paragraphs:
        for line in paragraph:
            for word in words_of(line):
                counts[word] = counts.get(word, 0) + 1
                total += 1
    return counts, total


def most_common(counts, n):
    ranked = [(-count, word) for word, count in counts.items()]
    ranked.sort()
    return [(word, -negative) for negative, word in ranked[:n]]


def longest_words(counts, n):
    by_length = [(-len(word), word) for word in counts]
    by_length.sort()
    return [word for _, word in by_length[:n]]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "harbour.txt"
    paragraphs = read_paragraphs(path)
    counts, total = count_words(paragraphs)
    print("file:", path)
    print("paragraphs: %d, lines: %d" % (len(paragraphs), sum([len(p) for p in paragraphs])))
    print("words: %d, distinct: %d" % (total, len(counts)))
    print()
    print("most common:")
    for word, count in most_common(counts, 12):
        bar = "#" * count
        print(f"  {word:<10} {count:>3} {bar}")
    print()
    print("longest:", ", ".join(longest_words(counts, 5)))
    once = [word for word in counts if counts[word] == 1]
    print("words used once: %d (%.1f%% of the distinct words)" % (len(once), 100.0 * len(once) / len(counts)))
    print()
    for i, paragraph in enumerate(paragraphs):
        words = []
        for line in paragraph:
            words.extend(words_of(line))
        average = sum([len(w) for w in words]) / len(words)
        print("paragraph %d: %3d words, average length %.2f, first word %r" % (i + 1, len(words), average, words[0]))


if __name__ == "__main__":
    main()
