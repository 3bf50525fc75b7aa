xs = ["a", "b", "c", "b", "a", "b"]
print(xs.index("b"), xs.index("c"), xs.count("b"), xs.count("z"))
positions = [i for i, x in enumerate(xs) if x == "b"]
print(positions)
xs.remove("b")
print(xs)
while "a" in xs:
    xs.remove("a")
print(xs)
