"""Small text helpers used by main.py."""

VOWELS = "aeiou"
SEPARATOR = " | "


def count_vowels(word):
    return sum(1 for c in word.lower() if c in VOWELS)


def shout(text, times=1):
    return (text.upper() + "!") * times


def join_all(words):
    return SEPARATOR.join(words)


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def most_common(self):
        best = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return best[0] if best else ("", 0)


print("textutil imported as", __name__)
