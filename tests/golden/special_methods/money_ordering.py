# comparison and arithmetic special methods: __eq__, __lt__, __le__, __gt__, __add__, __sub__, __mul__, __neg__


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __gt__(self, other):
        return self.cents > other.cents

    def __ge__(self, other):
        return self.cents >= other.cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"


a = Money(1250)
b = Money(399)
print(a + b, a - b, b - a, b * 3, -a)
print(a == Money(1250), a == b, a != b)
print(a < b, a > b, a <= Money(1250), b >= a)
prices = [Money(500), Money(120), Money(999), Money(45), Money(120)]
print([str(m) for m in sorted(prices)])
print(str(min(prices)), str(max(prices)))
total = Money(0)
for p in prices:
    total = total + p
print(total)
total += Money(1)
print(total)
print(sum(p.cents for p in prices if p > Money(100)))
print([str(p) for p in sorted(prices, reverse=True)[:2]])
print(Money(120) in prices, prices.count(Money(120)), prices.index(Money(999)))
cheapest_first = sorted(prices)
print(cheapest_first[0] == Money(45), str(cheapest_first[-1] - cheapest_first[0]))
