# itertools: every function's items, in CPython's order.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, count,
                       cycle, groupby, islice, permutations, product, repeat, zip_longest)

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
for i in count(7):
    if i > 9:
        break
    print("count", i)
print(list(islice(cycle("abc"), 7)), list(islice(cycle([1, 2]), 5)), list(cycle([])))
print(list(repeat("x", 3)), list(islice(repeat(0), 4)), list(repeat(1, 0)), list(repeat(2, -1)))
print(list(chain([1, 2], [3], range(4, 6))), list(chain("ab", "cd")), list(chain()))
print(list(chain.from_iterable([[1, 2], [], [3, 4, 5]])), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 8, 100)), list(islice([1, 2], 5, 9)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1.5, 2.5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)), list(permutations([1, 2], 3)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)))
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 5)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)))
print(list(product([1, 2], "ab")), list(product(range(2), repeat=3)))
print(list(product("ab", [True, False], [0.5])), list(product()), list(product([1], [])))
for a, b in product(range(2), range(2)):
    print("pair", a, b)
for r in permutations(["x", "y", "z"], 2):
    print("perm", r, len(r))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print([k for k, _ in groupby(sorted([3, 1, 3, 2, 1]))])
print(list(zip_longest([1, 2, 3], [4], fillvalue=0)))
print(list(zip_longest("abc", "de")), list(zip_longest("ab", "xyz", fillvalue="-")))
total = 0
for x in islice(accumulate(count(1)), 10):
    total += x
print(total, sum(islice(cycle([1, -1, 2]), 100)), max(chain([3], [9, 2])))
print(sorted(set(permutations([1, 1, 2]))), len(list(combinations(range(20), 4))))
try:
    islice([1], -1)
except ValueError as e:
    print("ValueError:", e)
try:
    combinations([1], -1)
except ValueError as e:
    print("ValueError:", e)
