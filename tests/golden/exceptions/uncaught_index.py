xs = [1, 2, 3]
print("before")
print(xs[3])
print("after")
