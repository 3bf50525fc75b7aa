x = 3
print("checking")
assert x == 4, "x should be 4"
