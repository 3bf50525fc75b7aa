def spiral(n):
    grid = [[0] * n for _ in range(n)]
    r = 0
    c = 0
    dr = 0
    dc = 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr = r + dr
        nc = c + dc
        if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
            dr, dc = dc, -dr
            nr = r + dr
            nc = c + dc
        r = nr
        c = nc
    return grid

for row in spiral(5):
    print(" ".join(["%2d" % v for v in row]))
