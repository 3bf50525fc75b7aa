items = [1, 2, 3]
i = 2 ** 40
print(items[-1], i)
i = i * i
print(items[i])
