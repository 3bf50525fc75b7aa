# defaultdict, Counter and OrderedDict: behaviour and reprs as on CPython.
from collections import Counter, OrderedDict, defaultdict

text = "the quick brown fox jumps over the lazy dog the end"
counts = defaultdict(int)
for word in text.split():
    counts[word] += 1
print(counts)
print(counts["the"], counts["missing"], len(counts), "missing" in counts)

groups = defaultdict(list)
for word in text.split():
    groups[len(word)].append(word)
print(sorted(groups.items()))
print(dict(groups) == groups, isinstance(groups, dict))

sets = defaultdict(set)
for i, ch in enumerate("abracadabra"):
    sets[ch].add(i % 3)
print(sorted((k, sorted(v)) for k, v in sets.items()))


def zero_pair():
    return [0, 0]


pairs = defaultdict(zero_pair)
pairs["x"][0] += 5
pairs["y"][1] -= 2
print(dict(pairs))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["nope"]
except KeyError as e:
    print("KeyError", e)
print(plain, defaultdict(float), defaultdict(str, ), counts.copy() == counts)

c = Counter(text.split())
print(c)
print(c.most_common(3), c["the"], c["zebra"], "zebra" in c)
letters = Counter("mississippi")
print(letters, letters.most_common())
print(sorted(letters.elements()), letters.total())
letters.update("ssx")
letters.subtract(["i", "i", "m"])
print(letters, letters.most_common(2))
print(Counter(), Counter([3, 1, 3, 3, 2, 1]).most_common(1))
tally = Counter()
for n in [1, 2, 2, 3, 3, 3]:
    tally[n % 2] += n
print(tally, list(tally.keys()))
other = Counter("aab")
other.update(Counter("bcc"))
print(other)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od), od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), od == {"a": 1})
x = OrderedDict()
x[1] = "one"
x[2] = "two"
y = OrderedDict()
y[2] = "two"
y[1] = "one"
print(x == y, dict(x) == dict(y))
