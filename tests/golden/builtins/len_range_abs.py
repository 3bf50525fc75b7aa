print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len(range(3, 10)), len(""))
print(abs(-5), abs(5), abs(-2.5), abs(0))
print(list(range(4)), sum(range(101)))
