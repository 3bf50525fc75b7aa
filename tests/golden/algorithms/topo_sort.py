tasks = ["wake", "shower", "dress", "coffee", "breakfast", "leave"]
deps = [("wake", "shower"), ("wake", "coffee"), ("shower", "dress"), ("coffee", "breakfast"),
        ("dress", "leave"), ("breakfast", "leave")]
indeg = {}
for t in tasks:
    indeg[t] = 0
for a, b in deps:
    indeg[b] += 1
ready = [t for t in tasks if indeg[t] == 0]
order = []
while ready:
    ready.sort()
    t = ready.pop(0)
    order.append(t)
    for a, b in deps:
        if a == t:
            indeg[b] -= 1
            if indeg[b] == 0:
                ready.append(b)
print(order)
