parent = list(range(10))
rank = [0] * 10

def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x

def union(a, b):
    ra = find(a)
    rb = find(b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True

edges = [(0, 1), (2, 3), (1, 3), (4, 5), (0, 2), (6, 7), (8, 9), (7, 9), (5, 6)]
for a, b in edges:
    print(a, b, union(a, b))
groups = {}
for i in range(10):
    groups.setdefault(find(i), []).append(i)
print(sorted(groups.values()))
