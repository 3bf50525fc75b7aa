# set() and frozenset() from iterables, copies, and the builtins that consume sets.
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
s = set(nums)
print(s, len(s))
print(set("mississippi"))
print(set(range(10, 0, -3)))
d = {"b": 1, "a": 2, "c": 3}
print(set(d))
t = set((8, 16, 24, 32, 40))
print(t, t.copy())
c = {8, 16, 24, 32, 40}
print(c, c.copy(), set(c))
f = frozenset([3, 2, 1])
print(f, len(f), 2 in f)
print(frozenset(), set())
print(f | {10}, f & {1, 2}, f - {1})
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print(hash(frozenset({1, 2, 3})))
print(sorted(s), list(s), min(s), max(s), sum(s))
print(", ".join(sorted({"x", "y", "a"})))
print(any(v > 8 for v in s), all(v > 0 for v in s))
total = 0
for v in s:
    total += v * v
print(total)
print(sorted({"pear": 1, "fig": 2}.keys() | {"apple"}) if False else sorted(set({"pear": 1, "fig": 2}) | {"apple"}))
