# frozenset: construction, operators, methods, use as dict keys and set members

a = frozenset([1, 2, 3, 4])
b = frozenset(range(3, 7))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(len(a), 3 in a, 7 in a, 7 not in b)
print(frozenset([1, 2]) <= a, frozenset([1, 2]) < a, a < a, a <= a)
print(a.issubset(range(10)), a.issuperset([1, 4]), a.isdisjoint(b), a.isdisjoint([9, 10]))
print(a == frozenset([4, 3, 2, 1]), a != b)
edges = {frozenset(["x", "y"]), frozenset(["y", "x"]), frozenset(["y", "z"])}
print(len(edges))
print(frozenset(["x", "z"]) in edges, frozenset(["z", "y"]) in edges)
weights = {}
weights[frozenset(["a", "b"])] = 3
weights[frozenset(["b", "c"])] = 5
weights[frozenset(["b", "a"])] += 10
print(weights[frozenset(["a", "b"])], len(weights))
for key in sorted(weights, key=lambda k: sorted(k)):
    print(sorted(key), weights[key])
s = set(a)
s.add(10)
print(sorted(s), len(a))
empty = frozenset()
print(len(empty), sorted(empty | a)[:2], bool(empty), bool(a))
letters = frozenset("mississippi")
print(sorted(letters), len(letters))
print(sorted(letters & frozenset("misp")))
groups = [frozenset([1, 2]), frozenset([2, 3]), frozenset([3, 4])]
common = groups[0]
union = frozenset()
for g in groups:
    common = common & g
    union = union | g
print(sorted(common), sorted(union))
