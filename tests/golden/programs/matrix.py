def mat_mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum([a[i][t] * b[t][j] for t in range(k)]) for j in range(m)] for i in range(n)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(a, e):
    result = identity(len(a))
    while e > 0:
        if e % 2 == 1:
            result = mat_mul(result, a)
        a = mat_mul(a, a)
        e //= 2
    return result

def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x

fib = mat_pow([[1, 1], [1, 0]], 40)
print(fib[0][1])
print(mat_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
x = solve([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]], [8.0, -11.0, -3.0])
print(["%.6f" % v for v in x])
