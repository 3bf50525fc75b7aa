# tuple(): of a fixed tuple it is that tuple; of another iterable, a tuple of
# a length known at run time.


def build(n):
    return tuple(range(n))


a = build(3)
print(a, tuple([1, 2]), tuple(), tuple((5, 6)), tuple("ab"), tuple({"k": 1}))
print(a.count(1), (1, 2, 1).count(1), (3, 4).index(4))
words = tuple(w.upper() for w in ["x", "y"])
print(words, len(words), words == ("X", "Y"))
nested = [((1,), 2), ((1, 2), 3)]
for key, v in nested:
    print(key, v, len(key))
d = {(): "empty"}
d[(1,)] = "one"
d[(1, 2)] = "two"
print(d, d[(1, 2)], (1,) in d, d.get((3,), "none"))
fl = (1.5,)
if len(a) > 1:
    fl = (2.0, 3.0)
print(fl, sum(fl))
print(build(0), build(1), build(0) == (), build(2) < build(3))
