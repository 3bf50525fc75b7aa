def index_error():
    xs = [1, 2, 3]
    return xs[5]

def key_error():
    d = {"a": 1}
    return d["z"]

def value_error():
    return int("12x")

def zero_error():
    return 5 // 0

try:
    index_error()
except IndexError as e:
    print("IndexError", e)
try:
    key_error()
except KeyError as e:
    print("KeyError", e)
try:
    value_error()
except ValueError as e:
    print("ValueError", e)
try:
    zero_error()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print("float", e)
try:
    print(7 % 0)
except ZeroDivisionError as e:
    print("mod", e)
