# tuples as set members: visited sets in a grid walk, symmetric pairs, set algebra over coordinates

walls = {(1, 1), (1, 2), (1, 3), (3, 0), (3, 1), (3, 3)}
start, goal = (0, 0), (4, 4)
visited = {start}
frontier = [start]
steps = 0
while frontier and goal not in visited:
    nxt = []
    for r, c in frontier:
        for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
            p = (r + dr, c + dc)
            if 0 <= p[0] < 5 and 0 <= p[1] < 5 and p not in walls and p not in visited:
                visited.add(p)
                nxt.append(p)
    frontier = nxt
    steps += 1
print(steps, len(visited), goal in visited)
print(sorted(walls & {(1, 1), (2, 2)}), sorted({(0, 0), (9, 9)} - visited))
row1 = {(1, c) for c in range(5)}
print(sorted(row1 - walls), sorted(row1 | {(1, 9)})[-2:], row1.isdisjoint({(2, 2)}))
friends = [("ann", "bob"), ("bob", "ann"), ("cy", "dee"), ("ann", "cy"), ("dee", "cy")]
pairs = set()
for a, b in friends:
    pairs.add((a, b) if a < b else (b, a))
print(sorted(pairs))
mutual = {(a, b) for a, b in friends if (b, a) in set(friends)}
print(sorted(mutual))
squares = {(x, x * x) for x in range(-3, 4)}
print(sorted(squares))
print(sorted({y for _, y in squares}), len(squares))
diag = {(i, i) for i in range(4)}
anti = {(i, 3 - i) for i in range(4)}
print(sorted(diag ^ anti), sorted(diag | anti) == sorted(anti | diag))
cells = set()
cells |= {(0, 1), (2, 2)}
cells -= {(0, 1)}
cells ^= {(2, 2), (5, 5)}
print(cells, (5, 5) in cells)
