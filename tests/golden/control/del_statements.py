# del of list items, slices, dict keys and names, with resulting errors
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[10:20]
print(xs)
del xs[:]
print(xs, len(xs))
try:
    del xs[0]
except IndexError as e:
    print("error:", e)

ys = list(range(10))
del ys[1:8:3]
print(ys)
del ys[-3:]
print(ys)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("error:", e)

name = "temporary"
print(name)
del name
name = "rebound"
print(name)

grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1]
del grid[1][::2]
print(grid)
del grid[0]
print(grid)

words = ["keep", "drop", "keep", "drop", "keep"]
i = 0
while i < len(words):
    if words[i] == "drop":
        del words[i]
    else:
        i += 1
print(words)
