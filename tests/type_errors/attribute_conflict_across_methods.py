class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def freeze(self):
        self.balance = "frozen"


acct = Account("ann")
acct.balance = acct.balance + 100
acct.freeze()
print(acct.owner, acct.balance)
