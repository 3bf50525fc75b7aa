temps = [12, 15, 9, 22, 19, 22, 7, 14]
hi = 0
lo = 0
for i in range(len(temps)):
    if temps[i] > temps[hi]:
        hi = i
    if temps[i] < temps[lo]:
        lo = i
print("max", temps[hi], "at", hi, "min", temps[lo], "at", lo)
diffs = [temps[i + 1] - temps[i] for i in range(len(temps) - 1)]
print(diffs, max(diffs), min(diffs))
running = []
s = 0
for t in temps:
    s += t
    running.append(s)
print(running)
