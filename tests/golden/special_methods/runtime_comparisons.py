# Instances compared by the runtime: sorted/min/max/list.sort use __lt__,
# `in`, index(), count() and remove() on lists use __eq__.


class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency

    def __lt__(self, other: "Money") -> bool:
        return (self.currency, self.cents) < (other.currency, other.cents)

    def __eq__(self, other: "Money") -> bool:
        return self.cents == other.cents and self.currency == other.currency

    def __repr__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency}"


class Tip(Money):
    def __repr__(self) -> str:
        return "tip " + super().__repr__()


class Plain:
    def __init__(self, n: int) -> None:
        self.n = n


def main() -> None:
    wallet = [Money(500, "EUR"), Money(125, "USD"), Money(99, "EUR"), Tip(250, "USD")]
    print(sorted(wallet))
    print(sorted(wallet, reverse=True))
    print(min(wallet), max(wallet))
    wallet.sort()
    print(wallet)
    print(Money(99, "EUR") in wallet, Money(98, "EUR") in wallet)
    print(wallet.index(Money(125, "USD")), wallet.count(Money(500, "EUR")))
    wallet.remove(Money(250, "USD"))
    print(wallet)
    p = Plain(1)
    plains = [p, Plain(1)]
    print(p in plains, Plain(1) in plains, plains.index(p))
    try:
        print(sorted(plains))
    except TypeError as e:
        print("TypeError:", e)


main()
