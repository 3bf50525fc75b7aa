def stats(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    counts["total"] = "many"
    return counts


print(stats(["a", "b", "a"]))
