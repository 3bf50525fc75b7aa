def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

print(insertion_sort([9, 7, 5, 11, 12, 2, 14, 3, 10, 6]))
print(insertion_sort([]), insertion_sort([1]), insertion_sort([2, 1]))
print(insertion_sort([3.5, -1.0, 2.25]))
