# tuples as dict keys and set members: sparse grids, coordinate sets, memo tables keyed by tuples

board = {}
for r, c, v in [(0, 0, 5), (1, 2, 7), (3, 3, 1), (2, 0, 4)]:
    board[(r, c)] = v
print(sorted(board.items()))
print(board[(1, 2)], board.get((9, 9), 0), (3, 3) in board, (3, 2) in board)
board[(1, 2)] += 10
del board[(0, 0)]
print(sorted(board))
row_sums = {}
for (r, c), v in board.items():
    row_sums[r] = row_sums.get(r, 0) + v
print(sorted(row_sums.items()))

live = {(1, 0), (1, 1), (1, 2)}


def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]


def step(cells):
    counts = {}
    for cell in cells:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {p for p, k in counts.items() if k == 3 or (k == 2 and p in cells)}


for _ in range(3):
    live = step(live)
    print(sorted(live))

memo = {}


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in memo:
        memo[key] = paths(r - 1, c) + paths(r, c - 1)
    return memo[key]


print(paths(3, 3), paths(10, 10), len(memo))
names = {("Smith", "Ann"): 31, ("Jones", "Bob"): 45, ("Smith", "Cy"): 27}
print(sorted(k[1] for k in names if k[0] == "Smith"))
print(max(names, key=lambda k: names[k]))
seen_pairs = set()
for a, b in [(1, 2), (2, 1), (1, 2), (3, 4)]:
    seen_pairs.add((min(a, b), max(a, b)))
print(sorted(seen_pairs))
