print(True and False, True or False, not True, not 0, not "")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0)
print(bool(0), bool(3), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0))
a = 5
print(1 < a < 10, 1 < a > 10, a == 5 == 5, 0 <= a <= 5 < 6)
print(True == 1, False == 0, True + 1)
x = None
print(x is None, x is not None)
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), t(2) or t(3), calls)
