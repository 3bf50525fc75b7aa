def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1

print(safe_div(10, 3), safe_div(1, 0))
xs = [1, 2, 3]
try:
    print(xs[10])
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1}
try:
    print(d["b"])
except KeyError as e:
    print("KeyError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
