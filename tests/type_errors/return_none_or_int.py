def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i
    return None


pos = find([4, 5, 6], 5)
print(pos + 1)
