lines = []
for i in range(1, 6):
    lines.append(str(i) * i)
print("\n".join(lines))
row = ""
for i in range(5):
    row += "[" + str(i) + "]"
print(row)
table = []
for r in range(1, 4):
    table.append(" ".join([str(r * c).rjust(3) for c in range(1, 6)]))
print("\n".join(table))
