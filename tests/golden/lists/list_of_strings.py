names = ["Carol", "alice", "Bob", "dave"]
names.append("Eve")
print(names)
print(sorted(names), sorted([n.lower() for n in names]))
print(", ".join(names))
longest = ""
for n in names:
    if len(n) > len(longest):
        longest = n
print(longest)
print([n[0] for n in names], [n[::-1] for n in names])
