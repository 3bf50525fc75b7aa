"""A small bank simulation: accounts with inheritance, transactions, errors."""


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot withdraw %d" % (account, amount))
        self.amount = amount


next_account_number = 1000


class Account:

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        global next_account_number
        self.number = next_account_number
        next_account_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def can_withdraw(self, amount):
        return amount <= self.balance

    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self.owner, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def kind(self):
        return "account"

    def __str__(self):
        return "%s #%d %s: %d" % (self.kind(), self.number, self.owner, self.balance)


class Savings(Account):
    def __init__(self, owner, balance, rate_percent):
        super().__init__(owner, balance)
        self.rate_percent = rate_percent

    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        if interest > 0:
            self.deposit(interest)

    def kind(self):
        return "savings"


class Checking(Account):
    def __init__(self, owner, balance, overdraft):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= 5
            self.history.append(("fee", 5))

    def kind(self):
        return "checking"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account.number

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank()
n1 = bank.open(Savings("alice", 1000, 2))
n2 = bank.open(Checking("bob", 100, 200))
n3 = bank.open(Account("carol", 50))
ops = [(n1, n2, 300), (n2, n3, 550), (n3, n1, 1000), (n2, n1, 100), (n3, n2, 25)]
for src, dst, amount in ops:
    try:
        bank.transfer(src, dst, amount)
        print("moved", amount, "from", src, "to", dst)
    except InsufficientFunds as e:
        print("refused:", e)
for month in range(3):
    for acc in bank.accounts.values():
        acc.month_end()
for acc in bank.accounts.values():
    print(acc)
    print("  history:", acc.history)
print("total", bank.total())
try:
    bank.accounts[n1].deposit(-5)
except ValueError as e:
    print("error:", e)
