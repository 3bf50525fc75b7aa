def bubble_sort(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
                swaps += 1
        if not swapped:
            break
    return a, swaps

data = [64, 34, 25, 12, 22, 11, 90, 5]
result, swaps = bubble_sort(data)
print(data)
print(result, swaps)
