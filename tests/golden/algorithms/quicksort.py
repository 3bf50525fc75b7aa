def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    more = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(more)

def partition_sort(a, lo, hi):
    if lo >= hi:
        return
    p = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < p:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    partition_sort(a, lo, i - 1)
    partition_sort(a, i + 1, hi)

data = [(i * 37 + 11) % 53 for i in range(40)]
print(quicksort(data))
b = data[:]
partition_sort(b, 0, len(b) - 1)
print(b == sorted(data))
