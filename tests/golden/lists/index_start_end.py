# list.index(x, start, end): the search is limited to xs[start:end].
xs = [1, 2, 3, 1, 2, 3]
print(xs.index(2), xs.index(2, 2), xs.index(3, 1, 3), xs.index(3, -2), xs.index(1, -100, 100))
for x, start, end in [(1, 1, 3), (3, 6, 100), (2, 4, 2)]:
    try:
        print(xs.index(x, start, end))
    except ValueError as e:
        print("ValueError", e)
names = ["a", "b", "a"]
print(names.index("a", 1))
