names = ["ann", "ben", "cat", "dan"]
scores = [90, 72, 85, 60]
best = ""
best_score = -1
for name, score in zip(names, scores):
    if score > best_score:
        best = name
        best_score = score
print(best, best_score)
for i, name in enumerate(names):
    print(i + 1, name.upper(), scores[i])
merged = [n + ":" + str(s) for n, s in zip(names, scores)]
print(merged)
