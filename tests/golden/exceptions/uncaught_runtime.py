def f(depth):
    if depth == 0:
        raise RuntimeError("bottom reached")
    f(depth - 1)
print("start")
f(3)
