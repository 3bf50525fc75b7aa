def fill(n):
    grid = [0] * n
    for i in range(n):
        if i % 2 == 0:
            grid[i] = i * 10
        else:
            grid[i] = "odd"
    return grid


print(fill(5))
