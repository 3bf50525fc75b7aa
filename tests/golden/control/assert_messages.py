# assert with and without messages, caught as AssertionError, messages built from expressions


def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount


def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)


def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], "out of order at index %d: %d > %d" % (i, xs[i], xs[i + 1])
    return True


balance = 100
for amount in [30, -5, 50, 40, 20]:
    try:
        balance = withdraw(balance, amount)
        print("ok", amount, "->", balance)
    except AssertionError as e:
        print("rejected", amount, ":", e)
print(mean([1, 2, 3, 4]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)
for xs in [[1, 2, 2, 5], [1, 3, 2], [9, 1]]:
    try:
        print(check_sorted(xs))
    except AssertionError as e:
        print(e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert, message:", repr(str(e)))
count = 0
for n in range(10):
    try:
        assert n % 3, n
        count += 1
    except AssertionError as e:
        print("multiple of three:", e)
print(count)
assert True, "never shown"
print("done")
