def signature(w):
    return "".join(sorted(w.lower()))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
order = []
for w in words:
    s = signature(w)
    if s not in groups:
        groups[s] = []
        order.append(s)
    groups[s].append(w)
for s in order:
    print(s, groups[s])
