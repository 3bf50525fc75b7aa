grid = [[1, 3, 5], [7, 9, 11], [13, 15, 17]]
for target in [9, 4, 17]:
    for r in range(3):
        for c in range(3):
            if grid[r][c] == target:
                print(target, "at", r, c)
                break
        else:
            continue
        break
    else:
        print(target, "not found")
