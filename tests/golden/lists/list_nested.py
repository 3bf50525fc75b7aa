grid = []
for r in range(4):
    row = []
    for c in range(5):
        row.append((r + 1) * (c + 1))
    grid.append(row)
for row in grid:
    print(row)
print(grid[2][3], len(grid), len(grid[0]))
t = [[grid[r][c] for r in range(4)] for c in range(5)]
print(t[4])
total = 0
for row in grid:
    for v in row:
        total += v
print(total)
