def attempt(x):
    try:
        r = 100 // x
    except ZeroDivisionError:
        print("  except")
        r = -1
    else:
        print("  else")
    finally:
        print("  finally")
    return r

for x in [5, 0]:
    print("attempt", x)
    print("result", attempt(x))

def with_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(with_return())
