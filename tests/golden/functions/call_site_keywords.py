# keyword arguments at call sites: mixed positional/keyword, reordered keywords, defaults skipped


def box(width, height, depth=1, unit="cm"):
    volume = width * height * depth
    return f"{width}x{height}x{depth} {unit} = {volume}"


def interval(lo, hi, step=1, inclusive=False):
    end = hi + 1 if inclusive else hi
    return list(range(lo, end, step))


def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


class Account:
    def __init__(self, owner, balance=0, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount, note="deposit"):
        self.balance += amount
        return f"{note}: +{amount} -> {self.balance} {self.currency}"


print(box(2, 3))
print(box(2, 3, 4))
print(box(width=5, height=1))
print(box(height=2, width=7, unit="mm"))
print(box(1, 2, unit="in", depth=3))
print(interval(0, 10))
print(interval(0, 10, 3))
print(interval(0, 10, inclusive=True, step=5))
print(interval(hi=4, lo=1))
print(greet("Ada"))
print(greet("Bob", punctuation="?"))
print(greet(greeting="Hi", name="Cy"))
print(greet("Dee", "Yo", "."))
acct = Account("Eve", currency="USD")
print(acct.owner, acct.balance, acct.currency)
print(acct.deposit(50))
print(acct.deposit(amount=25, note="salary"))
print(acct.deposit(note="gift", amount=5))
other = Account(balance=100, owner="Fay")
print(other.owner, other.balance, other.currency)
results = [box(i, i, depth=i) for i in range(1, 4)]
for r in results:
    print(r)
