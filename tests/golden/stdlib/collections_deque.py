# collections.deque: both ends, maxlen, rotation, as on CPython.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(d), sorted(d))
d.rotate(0)
d.rotate(100)
print(d)
d[0] = 42
del d[1]
print(d, d.count(5), d.index(5))
d.remove(42)
d.reverse()
print(d, d.copy(), d == deque([6, 5, 3, 2, 1, -1]))
d.clear()
print(d, bool(d))

last = deque(maxlen=3)
for i in range(6):
    last.append(i)
    print(last)
last.appendleft(-1)
print(last)
last.extend(range(10, 15))
print(last)
empty_bound = deque([1, 2, 3], maxlen=0)
empty_bound.append(9)
print(empty_bound, deque("abc"), deque(maxlen=None))

# A breadth-first search over a grid, the way programs use a deque.
grid = ["..#....", ".##.##.", "....#..", "#.#...#", "...#..."]
start, goal = (0, 0), (4, 6)
dist = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == "." and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print(dist[goal], len(dist))

# Many operations at both ends.
big = deque()
for i in range(100000):
    big.append(i)
    if i % 3 == 0:
        big.appendleft(-i)
    if i % 5 == 0:
        big.popleft()
total = 0
while big:
    total += big.pop()
    if big:
        total -= big.popleft()
print(total)

for bad in [lambda: deque().pop(), lambda: deque().popleft()]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
