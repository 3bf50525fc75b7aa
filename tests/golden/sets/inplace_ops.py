# mutable set in-place operators and methods: |=, &=, -=, ^=, update, discard, remove, pop, clear

seen = set()
for word in "the cat sat on the mat with the hat".split():
    seen.add(word)
print(sorted(seen), len(seen))
s = {1, 2, 3}
s |= {3, 4, 5}
print(sorted(s))
s &= {2, 3, 4, 5, 6}
print(sorted(s))
s -= {2}
print(sorted(s))
s ^= {4, 10}
print(sorted(s))
s.update([20, 21], {22})
print(sorted(s))
s.intersection_update(range(0, 21))
print(sorted(s))
s.difference_update([3, 99])
print(sorted(s))
s.symmetric_difference_update({5, 6})
print(sorted(s))
s.discard(100)
s.discard(6)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s.remove(10)
print(sorted(s))
t = s.copy()
t.add(1000)
print(sorted(s), sorted(t))
total = 0
while t:
    total += t.pop()
print(total, len(t))
t.clear()
print(len(t), t == set())
tags_a = {"red", "green", "blue"}
tags_b = {"green", "yellow"}
print(sorted(tags_a | tags_b), sorted(tags_a & tags_b), sorted(tags_a - tags_b), sorted(tags_a ^ tags_b))
print(tags_a.issubset({"red", "green", "blue", "black"}), {"red"} < tags_a, tags_a >= {"blue"})
visited = set()
order = []
for n in [3, 1, 3, 2, 1, 5, 2]:
    if n not in visited:
        visited.add(n)
        order.append(n)
print(order)
