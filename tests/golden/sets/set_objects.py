# Sets of strings built in loops, frozensets as dict keys and set items,
# and instances hashed by identity.
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(" + self.name + ")"


a = Node("a")
b = Node("b")
nodes = set()
nodes.add(a)
nodes.add(b)
nodes.add(a)
print(len(nodes), a in nodes, Node("a") in nodes)
names = sorted(n.name for n in nodes)
print(names)
families = {frozenset({"x", "y"}): 1, frozenset({"z"}): 2}
print(families[frozenset({"y", "x"})], frozenset({"z"}) in families)
sets_of_sets = {frozenset({1, 2}), frozenset({3}), frozenset({2, 1})}
print(len(sets_of_sets))
vowels = set("aeiou")
text = "the annotator infers types for every variable"
counts = {}
for ch in text:
    if ch in vowels:
        counts[ch] = counts.get(ch, 0) + 1
print(counts, vowels)
letters = set()
for word in text.split():
    letters |= set(word)
print(letters)
print(sorted(letters - vowels))
