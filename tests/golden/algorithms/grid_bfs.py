MAZE = [
    "S.#.......",
    ".##.####..",
    "....#.....",
    "#.#.#.###.",
    "..#...#..E",
]

def bfs(maze):
    rows = len(maze)
    cols = len(maze[0])
    start = (0, 0)
    goal = (0, 0)
    for r in range(rows):
        for c in range(cols):
            if maze[r][c] == "S":
                start = (r, c)
            elif maze[r][c] == "E":
                goal = (r, c)
    dist = [[-1] * cols for _ in range(rows)]
    dist[start[0]][start[1]] = 0
    queue = [start]
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr = r + dr
            nc = c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and dist[nr][nc] == -1:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist[goal[0]][goal[1]], len(queue)

print(bfs(MAZE))
