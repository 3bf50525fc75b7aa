def attempt(kind: str, n: int) -> None:
    try:
        if kind == "mod":
            print(n % 0)
        elif kind == "div":
            print(n // 0)
        elif kind == "divmod":
            print(divmod(n, 0))
        elif kind == "index":
            print([1, 2][n])
        elif kind == "repeat":
            print(len("ab" * n))
        elif kind == "shift":
            print(n >> -1)
        elif kind == "pow":
            print(pow(n, 2, 0))
        elif kind == "inverse":
            print(pow(n, -1, 4))
        elif kind == "float":
            print(float(n))
        elif kind == "range":
            print(len(range(n)))
        else:
            print(int(kind))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except IndexError as e:
        print("IndexError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
    except ValueError as e:
        print("ValueError:", e)


for kind in ["mod", "div", "divmod", "index", "repeat", "shift", "pow", "inverse"]:
    attempt(kind, 2 ** 100)
attempt("float", 2 ** 1024)
attempt("float", 2 ** 1023)
attempt("12x", 1)
attempt("index", -(2 ** 64))
try:
    print(str(10 ** 5000))
except ValueError as e:
    print("ValueError:", e)
try:
    print(int("9" * 4301))
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
