from textops import normalize


def frequencies(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def describe(words):
    lengths = [len(w) for w in words]
    return f"{len(words)} words, avg {sum(lengths) / len(lengths):.2f}, longest {max(words, key=len)}"


class Histogram:
    def __init__(self, words):
        self.freq = frequencies([normalize(w) for w in words])

    def render(self, n):
        return [f"{w:>6} {'*' * c}" for w, c in top(self.freq, n)]
