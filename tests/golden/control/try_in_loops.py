# try/except/else/finally inside loops combined with break and continue
values = ["10", "x", "0", "5", "stop", "7"]
results = []
for v in values:
    try:
        if v == "stop":
            print("stop requested")
            break
        n = 100 // int(v)
    except ValueError as e:
        print("bad value:", e)
        continue
    except ZeroDivisionError as e:
        print("division:", e)
        continue
    else:
        results.append(n)
        print("ok", v, n)
    finally:
        print("finally for", v)
print(results)


def first_positive(xs):
    for x in xs:
        try:
            if x > 0:
                return x
        finally:
            print("checked", x)
    return -1


print(first_positive([-1, 0, 3, 4]))
print(first_positive([]))

attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise RuntimeError("attempt " + str(attempt) + " failed")
        print("succeeded on attempt", attempt)
        break
    except RuntimeError as e:
        print("error:", e)
    finally:
        print("cleanup", attempt)

total = 0
for i in range(6):
    try:
        if i % 3 == 0:
            continue
        total += i
    finally:
        total += 100
print("total", total)
