data = list(range(1, 18))
chunks = [data[i:i + 5] for i in range(0, len(data), 5)]
print(chunks)
print([sum(c) for c in chunks], [len(c) for c in chunks])
pairs = []
for i in range(0, len(data) - 1, 2):
    pairs.append((data[i], data[i + 1]))
print(pairs)
