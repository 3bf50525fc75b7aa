import stats

print(stats.total([1, 2, 3]))
print(stats.total(["a", "b"]))
