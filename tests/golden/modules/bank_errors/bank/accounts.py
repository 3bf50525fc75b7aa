from .errors import BankError, InsufficientFunds, InvalidAccount


class Account:
    def __init__(self, owner, balance):
        if not owner:
            raise InvalidAccount("owner name required")
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount <= 0:
            raise BankError(f"bad amount {amount}")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
    return f"{src.owner}->{dst.owner}: {amount}"
