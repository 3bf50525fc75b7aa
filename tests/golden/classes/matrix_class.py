class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [[0] * cols for _ in range(rows)]

    def set(self, r, c, v):
        self.data[r][c] = v

    def mul(self, other):
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                s = 0
                for k in range(self.cols):
                    s += self.data[i][k] * other.data[k][j]
                out.set(i, j, s)
        return out

    def __str__(self):
        return "\n".join([" ".join(["%4d" % v for v in row]) for row in self.data])

m = Matrix(3, 3)
for i in range(3):
    for j in range(3):
        m.set(i, j, i * 3 + j + 1)
print(m)
print(m.mul(m))
