def add_item(lst, item):
    lst.append(item)
    return len(lst)

a = []
print(add_item(a, 1), add_item(a, 2), a)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
row = [0] * 3
shared = [row, row]
shared[0][0] = 9
print(shared)
copy = [r[:] for r in shared]
copy[0][1] = 7
print(shared, copy)
