# comprehensions that build lists of dicts, dicts of lists and grouped/indexed structures
people = [("ann", "eng", 120), ("bob", "ops", 90), ("cat", "eng", 135), ("dan", "ops", 80), ("eve", "hr", 70)]
depts = sorted({d: 0 for _, d, _ in people})
print(depts)
by_dept = {d: [n for n, dd, _ in people if dd == d] for d in depts}
print(by_dept)
payroll = {d: sum(s for _, dd, s in people if dd == d) for d in depts}
print(payroll)
rows = [{"name": n, "dept": d} for n, d, _ in people]
print(rows[:2])
print([row["name"] for row in rows if row["dept"] == "eng"])
index = {n: i for i, (n, _, _) in enumerate(people)}
print(index)
top = [n for n, _, s in people if s == max(s2 for _, _, s2 in people)]
print(top)
table = [[n.upper(), str(s)] for n, _, s in people]
print(table)
widths = [max(len(r[c]) for r in table) for c in range(2)]
print(widths)
for r in table:
    print(" | ".join([r[c].ljust(widths[c]) for c in range(2)]))
adj = {n: [m for m, d2, _ in people if d2 == d and m != n] for n, d, _ in people}
print(adj)
counts = {d: len(v) for d, v in by_dept.items()}
print(counts)
print([d for d, c in counts.items() if c == max(counts.values())])
