# Instances of classes with __iter__ (returning self with __next__, another
# iterator object, or a generator method) consumed by the built-ins.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return DeckIter(self.cards)


class DeckIter:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.cards):
            raise StopIteration
        self.i += 1
        return self.cards[self.i - 1]


class Words:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        for w in self.text.split():
            yield w.upper()


class Shout(Words):
    pass


for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(5)), sorted(Countdown(3)), max(Countdown(6)))
print(tuple(Countdown(2)), min(Countdown(4)), any(Countdown(1)), all(Countdown(2)))
print(list(enumerate(Countdown(2))), list(zip(Countdown(3), Deck(["a", "b"]))))
d = Deck(["x", "y", "z"])
print(list(d), "-".join(d), list(d))
w = Words("the quick fox")
print(list(w), sorted(w), "+".join(w), len(set(w)))
print(list(Shout("a b")), list(map(len, Words("ab c"))))
it = Countdown(2)
print(list(it), list(it))
