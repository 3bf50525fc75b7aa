# Operators and methods of set algebra: the result's order is CPython's.
a = {1, 9, 17, 25, 4}
b = {25, 4, 100, 33, 2, 8, 64}
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(b), a.union([7, 8, 9]), a.union())
print(a.intersection(b), a.intersection([1, 4, 5]), a.intersection(b, {4}))
print(a.difference(b), a.difference([1]), a.difference(b, [9]))
print(a.symmetric_difference(b), a.symmetric_difference([1, 2]))
print(a.issubset(b), {4, 25}.issubset(a), a.issuperset({1, 9}), a.issuperset([1, 99]))
print(a.isdisjoint(b), a.isdisjoint({3, 5}), a.isdisjoint([3, 4]))
print(a == {25, 17, 9, 4, 1}, a != b, {4} < a, a < a, a <= a, a > {1}, a >= b)
c = set(a)
c |= {50, 51}
print(c)
c &= {1, 50, 9, 77}
print(c)
c -= {9}
print(c)
c ^= {1, 2, 3}
print(c)
big = set(range(40))
big -= set(range(0, 40, 2))
print(big)
e = set(range(30))
e.difference_update(range(0, 30, 3))
print(e)
e.intersection_update(range(10))
print(e)
e.symmetric_difference_update([1, 2, 100])
print(e)
e.update([5, 6], {300, 301})
print(e)
print(sorted(a | b), sorted(a ^ b, reverse=True))
