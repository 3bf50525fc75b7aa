def checked_sqrt(x):
    assert x >= 0, "negative input"
    return x ** 0.5

print(checked_sqrt(16.0))
try:
    checked_sqrt(-1.0)
except AssertionError as e:
    print("assertion:", e)
