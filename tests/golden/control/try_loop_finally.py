# try/except/finally inside loops combined with break, continue and return; finally always runs

events = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        events.append(f"body{i}")
    finally:
        events.append(f"fin{i}")
print(events)


def parse_all(items):
    out = []
    for s in items:
        try:
            n = int(s)
        except ValueError:
            out.append("bad:" + s)
            continue
        finally:
            out.append("seen:" + s)
        if n < 0:
            out.append("negative, stopping")
            break
        out.append(str(n * 2))
    return out


print(parse_all(["3", "x", "10", "-1", "5"]))


def first_even(nums):
    checked = 0
    for n in nums:
        try:
            if n % 2 == 0:
                return n
        finally:
            checked += 1
            print("  checked", checked)
    return -1


print(first_even([3, 5, 8, 9]))
print(first_even([1]))
count = 0
while True:
    count += 1
    try:
        if count % 2:
            raise ValueError(str(count))
        print("even", count)
    except ValueError as e:
        print("odd", e)
        if count >= 5:
            break
    finally:
        print("end of round", count)
results = []
for d in [1, 0, 2]:
    try:
        try:
            results.append(10 // d)
        finally:
            results.append(-1)
    except ZeroDivisionError:
        results.append(0)
        continue
    results.append(99)
print(results)
