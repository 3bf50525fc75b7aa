# slice assignment (growing, shrinking, extended slices) and del of items and slices

xs = list(range(10))
xs[2:5] = [20, 30]
print(xs)
xs[:0] = [-1, -2]
print(xs)
xs[len(xs):] = [100]
print(xs)
xs[1:3] = []
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[1::3] = [7, 7, 7]
print(xs)
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1:4]
print(xs)
del xs[::2]
print(xs)
ys = ["a", "b", "c", "d", "e", "f"]
ys[1:4] = ["X"]
print(ys)
ys[2:2] = ["m", "n", "o"]
print(ys)
ys[-2:] = ["END"]
print(ys)
del ys[:]
print(ys, len(ys))
zs = list(range(20))
del zs[::3]
print(zs)
del zs[5:]
print(zs)
zs[:] = [9, 8]
print(zs)
grid = [[0] * 4 for _ in range(3)]
grid[1][1:3] = [5, 6]
del grid[0][0]
print(grid)
rev = list("abcdef")
rev[::-1] = list("123456")
print(rev)
try:
    rev[::2] = ["x"]
except ValueError as e:
    print("ValueError:", e)
stack = [1, 2, 3, 4, 5]
while stack:
    del stack[len(stack) // 2]
    print(stack)
