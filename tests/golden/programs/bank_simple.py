"""A bank simulation: accounts with inheritance (overridden methods), errors."""


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, number, balance):
        self.owner = owner
        self.number = number
        self.balance = balance
        self.overdraft = 0
        self.rate_percent = 0
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)

    def can_withdraw(self, amount):
        return amount <= self.balance

    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds("%s cannot withdraw %d" % (self.owner, amount))
        self.balance -= amount
        self.history.append(-amount)

    def month_end(self):
        pass

    def kind(self):
        return "account"

    def __str__(self):
        return "%s #%d %s: %d" % (self.kind(), self.number, self.owner, self.balance)


class Savings(Account):
    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        if interest > 0:
            self.deposit(interest)

    def kind(self):
        return "savings"


class Checking(Account):
    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= 5
            self.history.append(-5)

    def kind(self):
        return "checking"


accounts = []
s = Savings("alice", 1000, 1000)
s.rate_percent = 2
c = Checking("bob", 1001, 100)
c.overdraft = 200
a = Account("carol", 1002, 50)
accounts.append(s)
accounts.append(c)
accounts.append(a)
ops = [(0, 1, 300), (1, 2, 550), (2, 0, 1000), (1, 0, 100), (2, 1, 25)]
for src, dst, amount in ops:
    try:
        accounts[src].withdraw(amount)
        accounts[dst].deposit(amount)
        print("moved", amount, "from", accounts[src].number, "to", accounts[dst].number)
    except InsufficientFunds as e:
        print("refused:", e)
for month in range(3):
    for acc in accounts:
        acc.month_end()
total = 0
for acc in accounts:
    print(acc)
    print("  history:", acc.history)
    total += acc.balance
print("total", total)
print([isinstance(x, Savings) for x in accounts], [isinstance(x, Account) for x in accounts])
try:
    s.deposit(-5)
except ValueError as e:
    print("error:", e)
