print(set() == set(), set() != set(), {} == {}, {} != {})
print(set() < set(), set() <= set(), set() > set(), set() >= set())
a = set()
a.add(1)
print(a == set(), set() < a, set() <= a, a > set(), set() == a)
d = {1: 2}
print(d == {}, {} == d, {} != d, frozenset() == set())
e = {}
print(e == {}, len(e), e)
