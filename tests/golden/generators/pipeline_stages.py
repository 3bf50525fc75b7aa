# generators chained as a processing pipeline: parse -> filter -> transform -> batch

LOG = """\
2023-01-05 INFO started
2023-01-05 WARN disk 81
2023-01-06 ERROR disk 97
2023-01-06 INFO heartbeat
2023-01-07 WARN memory 75
2023-01-07 ERROR memory 99
2023-01-08 INFO stopped
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(rows):
    for row in rows:
        date, level, *rest = row.split()
        yield date, level, " ".join(rest)


def only(levels, records):
    for rec in records:
        if rec[1] in levels:
            yield rec


def numbers(records):
    for date, level, msg in records:
        parts = msg.split()
        if len(parts) == 2 and parts[1].isdigit():
            yield parts[0], int(parts[1])


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


for rec in only({"ERROR"}, parse(lines(LOG))):
    print(rec)
readings = list(numbers(only({"WARN", "ERROR"}, parse(lines(LOG)))))
print(readings)
print(sum(v for _, v in readings), max(v for _, v in readings))
for b in batched(lines(LOG), 3):
    print(len(b), b[0][:10], b[-1][11:])
print(list(batched(range(7), 2)))
counts = {}
for _, level, _ in parse(lines(LOG)):
    counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()))
