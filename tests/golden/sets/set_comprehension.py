# Set comprehensions, sets of tuples and of strings, sets in dicts.
squares = {n * n % 17 for n in range(30)}
print(squares)
evens = {n for n in range(20) if n % 2 == 0}
print(evens)
pairs = {(i, j) for i in range(3) for j in range(3) if i != j}
print(pairs)
print((1, 2) in pairs, (2, 2) in pairs)
lengths = {len(w) for w in "a bb ccc dd e ffff".split()}
print(lengths)
initials = {w[0] for w in ["alpha", "beta", "gamma", "avocado", "banana"]}
print(initials)
graph = {}
edges = [(1, 2), (1, 3), (2, 3), (3, 1), (2, 4), (1, 2)]
for a, b in edges:
    if a not in graph:
        graph[a] = set()
    graph[a].add(b)
print(graph)
seen = set()
order = []
stack = [1]
while stack:
    node = stack.pop()
    if node in seen:
        continue
    seen.add(node)
    order.append(node)
    for nxt in sorted(graph.get(node, set())):
        stack.append(nxt)
print(order, seen)
groups = {"odd": {1, 3, 5}, "even": {2, 4}}
groups["odd"].add(7)
print(groups)
pts = set()
for k in range(12):
    pts.add((k % 4, k % 3))
print(pts, len(pts))
