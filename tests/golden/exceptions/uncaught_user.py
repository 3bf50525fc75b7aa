class BankError(Exception):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise BankError("insufficient funds")
    return balance - amount

print(withdraw(100, 30))
print(withdraw(100, 300))
