# user classes with __hash__ and __eq__ used as dict keys and set members


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"{self.rank}{self.suit}"


class Caseless:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return self.text.lower() == other.text.lower()

    def __hash__(self):
        return hash(self.text.lower())

    def __repr__(self):
        return "Caseless(" + repr(self.text) + ")"


hand = [Card("A", "s"), Card("K", "h"), Card("A", "s"), Card("2", "d"), Card("K", "h")]
unique = set(hand)
print(len(unique))
print(Card("A", "s") in unique, Card("A", "h") in unique)
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
for c in sorted(counts, key=lambda c: (c.suit, c.rank)):
    print(c, counts[c])
print(counts[Card("K", "h")])
owners = {Card("Q", "c"): "ann"}
owners[Card("Q", "c")] = "bob"
print(len(owners), owners[Card("Q", "c")])
names = {}
for word in ["Apple", "apple", "APPLE", "Pear", "pear", "Fig"]:
    key = Caseless(word)
    names.setdefault(key, []).append(word)
print(len(names))
for key in names:
    print(key, names[key])
print(Caseless("FIG") in names, Caseless("kiwi") in names)
s = {Caseless("X"), Caseless("x"), Caseless("y")}
print(len(s))
s.discard(Caseless("Y"))
print(len(s), Caseless("x") in s)
print(Card("3", "c") == Card("3", "c"), Card("3", "c") != Card("4", "c"))
