# basic generators: yield in loops, list(), sum(), iteration, exhaustion with next default
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def letters(word):
    for ch in word:
        yield ch.upper()
        yield ch


print(list(count_up(5)))
print(list(count_up(0)))
print(sum(evens(11)))
print(list(letters("ab")))
for x in count_up(3):
    print("got", x)

g = count_up(2)
print(next(g))
print(next(g))
print(next(g, -1))
print(next(g, -1))
try:
    next(g)
except StopIteration:
    print("stopped")

g2 = evens(5)
print(next(g2), next(g2), next(g2), next(g2, 99))
print(max(count_up(7)), min(evens(9)))
print(sorted(letters("cab")))
print("".join(letters("xyz")))
total = 0
for v in evens(100):
    total += v
print(total)
print(list(enumerate(letters("hi"))))
print(list(zip(count_up(3), letters("pq"))))
