vals = [3.5, -1.25, 0.0, 2.0, 1e-3, 100.5]
print(sorted(vals))
print(max(vals), min(vals), sum(vals))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print(1.0 < 2, 2.0 == 2, -0.0 == 0.0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0)
