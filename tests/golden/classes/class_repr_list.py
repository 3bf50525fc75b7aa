class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return "Card(%r, %r)" % (self.rank, self.suit)

    def __str__(self):
        return self.rank + self.suit

ranks = ["A", "K", "Q"]
suits = ["s", "h"]
deck = []
for s in suits:
    for r in ranks:
        deck.append(Card(r, s))
print(deck)
print(len(deck), str(deck[0]), repr(deck[-1]))
for c in deck:
    print(c, end=" ")
print()
