# Tuples: repetition by a constant, concatenation, indexing a range.
pair = (1, "a")
print(pair * 3, 2 * (0.5,), pair * 0, (7,) * -1)
t = pair + (2.5, True)
print(t, len(t), t[2])
r = range(2, 20, 3)
print(r[2], r[-1], len(r), range(10, 0, -2)[1])
try:
    print(r[6])
except IndexError as e:
    print(e)
