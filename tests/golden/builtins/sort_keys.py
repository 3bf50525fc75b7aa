# key= with functions of the program and with len, str and abs.
def second(pair):
    return pair[1]


def by_length_then_text(word):
    return (len(word), word)


words = "the quick brown fox jumps over the lazy dog again".split()
print(sorted(words, key=len))
print(sorted(words, key=by_length_then_text, reverse=True))
pairs = [("a", 3), ("b", 1), ("c", 2), ("d", 3)]
pairs.sort(key=second)
print(pairs)
print(min(pairs, key=second), max(pairs, key=second))
print(max(words, key=len), min([-4, 2, -1, 3], key=abs))
numbers = [10, 9, 100, 1]
numbers.sort(key=str)
print(numbers)
counts = {"x": 2, "y": 5, "z": 1}
print(sorted(counts.items(), key=second))
