# global and nonlocal in the same program: module counters, nested scopes, shadowing rules

calls = 0
trace = []


def outer(n):
    total = 0

    def add(x):
        nonlocal total
        global calls
        calls += 1
        total += x

    def record():
        trace.append(f"outer({n}) total={total}")

    for i in range(n):
        add(i)
    record()
    return total


print(outer(4), outer(10), calls)
print(trace)
value = "global"


def shadow():
    value = "local"

    def inner():
        return value
    return inner()


def rebinds():
    global value
    value = "changed"


print(shadow(), value)
rebinds()
print(shadow(), value)


def make_bank():
    balance = 0
    history = []

    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)

    def withdraw(x):
        nonlocal balance
        if x > balance:
            return False
        balance -= x
        history.append(-x)
        return True

    def state():
        return balance, len(history)

    return deposit, withdraw, state


deposit, withdraw, state = make_bank()
deposit(100)
print(withdraw(30), withdraw(500), state())
deposit(5)
print(state())
limit = 3


def countdown():
    global limit
    out = []
    while limit > 0:
        out.append(limit)
        limit -= 1
    return out


print(countdown(), countdown(), limit)
