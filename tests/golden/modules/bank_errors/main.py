# A package exporting classes and exception types: exceptions raised in one module and caught
# in main by their class or base class, `import pkg.mod as alias`, package __init__ re-exports.
import bank
import bank.errors as errs
from bank import Account, transfer
from bank.errors import BankError, InsufficientFunds

a = Account("ann", 100)
b = Account("bob", 20)
print(transfer(a, b, 30), a.balance, b.balance)
for amount in [50, 500, -5]:
    try:
        transfer(b, a, amount)
        print("moved", amount)
    except InsufficientFunds as e:
        print("insufficient:", e.needed, e.available, "|", e)
    except BankError as e:
        print("bank error:", e)
try:
    a.withdraw(1000)
except errs.InsufficientFunds as e:
    print(type(e).__name__, isinstance(e, errs.BankError), e.needed - e.available)
try:
    Account("", 5)
except errs.InvalidAccount as e:
    print("invalid:", e)
print(a.history, b.history)
print(errs.raised_count(), bank.errors.raised_count() == errs.raised_count())
print(bank.accounts.Account is Account, bank.BANK_NAME)
