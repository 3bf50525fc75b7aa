W = 12
H = 10


def make_grid():
    g = [[0] * W for _ in range(H)]
    for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3)]:
        g[r][c] = 1
    for r, c in [(6, 7), (6, 8), (6, 9)]:
        g[r][c] = 1
    return g


def neighbours(g, r, c):
    n = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr = (r + dr) % H
            cc = (c + dc) % W
            n += g[rr][cc]
    return n


def step(g):
    new = [[0] * W for _ in range(H)]
    for r in range(H):
        for c in range(W):
            n = neighbours(g, r, c)
            if g[r][c] == 1 and (n == 2 or n == 3):
                new[r][c] = 1
            elif g[r][c] == 0 and n == 3:
                new[r][c] = 1
    return new


def show(g):
    for row in g:
        print("".join(["#" if v else "." for v in row]))


g = make_grid()
for gen in range(4):
    print("generation", gen, "alive", sum([sum(row) for row in g]))
    show(g)
    g = step(g)
