# generators that keep state between yields: running totals, moving averages, deduplication, pairing


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def moving_average(values, window):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) > window:
            buf.pop(0)
        if len(buf) == window:
            yield sum(buf) / window


def dedupe(items):
    seen = set()
    for it in items:
        if it not in seen:
            seen.add(it)
            yield it


def pairwise(items):
    for i in range(1, len(items)):
        yield items[i - 1], items[i]


def changes(values):
    it = iter(values)
    last = next(it)
    for v in it:
        if v != last:
            yield f"{last}->{v}"
        last = v


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(list(running_total(data)))
print(list(moving_average(data, 3)))
print([round(x, 2) for x in moving_average(list(running_total(data)), 4)])
print(list(dedupe(data)))
print(list(dedupe([n % 4 for n in data])))
print(list(pairwise([10, 20, 40, 80])))
print([b - a for a, b in pairwise(list(running_total(data)))] == data[1:])
print(list(changes([1, 1, 2, 2, 2, 3, 1, 1])))
print(list(changes([7, 7, 7, 8, 9, 9, 0])))
gen = running_total(list(range(1, 100)))
for t in gen:
    if t > 50:
        print("passed 50 at", t)
        break
print(next(gen), next(gen))
