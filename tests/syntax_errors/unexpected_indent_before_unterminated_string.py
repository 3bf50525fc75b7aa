    name = 1
print("oops
