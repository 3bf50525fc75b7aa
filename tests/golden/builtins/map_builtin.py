# map(f, iterable) and map(f, a, b): a function of the program, a lambda
# or a built-in conversion called on the items, lazily.


def sq(x):
    return x * x


print(list(map(sq, [1, 2, 3])), list(map(sq, [0.5, 1.5])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(str, [1, 2])), list(map(int, "1 22 333".split())), sum(map(float, ["1.5", "2"])))
print(list(map(len, ["a", "bcd", ""])), list(map(abs, [-1, 2, -3])), list(map(ord, "AZ")))
for s in map(chr, range(65, 68)):
    print(s)
total = 0
for n in map(sq, range(5)):
    total += n
print(total, sorted(map(sq, [3, -1, 2])), max(map(len, ["ab", "abc"])))
