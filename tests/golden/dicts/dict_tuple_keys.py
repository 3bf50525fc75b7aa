grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 10 + y
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (5, 5) in grid)
neighbors = 0
for (x, y), v in grid.items():
    if (x + 1, y) in grid:
        neighbors += 1
print(neighbors)
print(sorted(grid.keys())[:4])
