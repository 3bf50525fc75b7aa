m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
t = [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]
for row in t:
    print(row)
def rotate(mat):
    n = len(mat)
    return [[mat[n - 1 - c][r] for c in range(n)] for r in range(n)]
sq = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for _ in range(2):
    sq = rotate(sq)
    print(sq)
print(sum([sq[i][i] for i in range(3)]))
