values = ["10", "x", "30", "", "-5", "7.5"]
total = 0
bad = []
for v in values:
    try:
        total += int(v)
    except ValueError:
        bad.append(v)
        continue
    finally:
        pass
print(total, bad)
count = 0
while True:
    try:
        count += 1
        if count == 4:
            break
    finally:
        print("finally", count)
print("done", count)
