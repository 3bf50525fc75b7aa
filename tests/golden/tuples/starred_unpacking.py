first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
a, *middle, z = (1, 2.5, 3.5, 4)
print(a, middle, z)
head, *tail = [7]
print(head, tail)
for x, *ys in [[1, 2, 3], [4, 5]]:
    print(x, ys)
try:
    p, q, *r = [1]
except ValueError as e:
    print(e)
