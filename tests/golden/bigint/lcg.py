def lcg(seed: int, n: int) -> list[int]:
    out = []
    x = seed
    for _ in range(n):
        x = (6364136223846793005 * x + 1442695040888963407) % 2 ** 64
        out.append(x)
    return out


vals = lcg(42, 1000)
print(vals[:5])
print(vals[-1], sum(vals) % 1000003, max(vals), min(vals))
total = 0
for v in vals:
    total += v >> 33
print(total)
