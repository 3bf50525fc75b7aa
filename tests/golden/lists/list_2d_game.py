board = [[" "] * 3 for _ in range(3)]
moves = [(0, 0, "X"), (1, 1, "O"), (0, 1, "X"), (2, 2, "O"), (0, 2, "X")]

def winner(b):
    lines = []
    for i in range(3):
        lines.append(b[i])
        lines.append([b[0][i], b[1][i], b[2][i]])
    lines.append([b[0][0], b[1][1], b[2][2]])
    lines.append([b[0][2], b[1][1], b[2][0]])
    for line in lines:
        if line[0] != " " and line[0] == line[1] == line[2]:
            return line[0]
    return ""

for r, c, p in moves:
    board[r][c] = p
    w = winner(board)
    print("\n-+-+-\n".join(["|".join(row) for row in board]))
    print("winner:", w if w else "none")
