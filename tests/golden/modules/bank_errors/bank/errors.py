_raised = []


class BankError(Exception):
    def __init__(self, message):
        super().__init__(message)
        _raised.append(type(self).__name__)


class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class InvalidAccount(BankError):
    pass


def raised_count():
    return len(_raised)
