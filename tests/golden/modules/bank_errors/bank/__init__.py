from .accounts import Account, transfer
from . import errors

BANK_NAME = "Krait Savings"
