# bisect: positions and insertions as CPython computes them.
import bisect

grades = [60, 70, 80, 90]
for score in [33, 60, 65, 70, 99, 100]:
    print(score, bisect.bisect(grades, score), bisect.bisect_left(grades, score),
          "FDCBA"[bisect.bisect_right(grades, score)])

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 4))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, lo=1, hi=4))
print(bisect.bisect_left(a, 2.5), bisect.bisect_right(a, 0.5))

xs: list[int] = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(xs, v)
print(xs)
bisect.insort_left(xs, 4)
bisect.insort_right(xs, 4)
bisect.insort(xs, 0, 0, 1)
print(xs)

names = ["apple", "Banana", "cherry"]
bisect.insort(names, "avocado")
print(names, bisect.bisect_left(names, "b"))

records = [(1, "one"), (3, "three"), (5, "five")]
print(bisect.bisect_left(records, (3, "")), bisect.bisect_right(records, (3, "zzz")))
keyed = [("a", 10), ("b", 20), ("c", 30)]
print(bisect.bisect_left(keyed, 20, key=lambda r: r[1]), bisect.bisect_right(keyed, 25, key=lambda r: r[1]))
bisect.insort(keyed, ("d", 15), key=lambda r: r[1])
print(keyed)

try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
print(bisect.bisect_left(a, 2, 10))
