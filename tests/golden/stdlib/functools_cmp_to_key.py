# functools.cmp_to_key as the key of sorted, list.sort, min, max and
# heapq.nsmallest: the order the comparison function gives (stable).
import functools
import heapq


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return 1
    if a > b:
        return -1
    return 0


def compare_floats(x, y):
    return x - y


words = ["pear", "fig", "apple", "kiwi", "date", "banana", "plum", "fig"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse), reverse=True))
numbers = [3.5, -1.25, 2.0, 0.5, 2.0]
numbers.sort(key=functools.cmp_to_key(compare_floats))
print(numbers)
print(min(words, key=functools.cmp_to_key(by_length_then_reverse)),
      max(words, key=functools.cmp_to_key(by_length_then_reverse)))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs, key=functools.cmp_to_key(lambda p, q: p[0] - q[0])))
print(heapq.nsmallest(3, words, key=functools.cmp_to_key(by_length_then_reverse)))
