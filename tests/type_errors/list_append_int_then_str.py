def collect(n):
    items = []
    for i in range(n):
        items.append(i * i)
    items.append("done")
    return items


print(collect(4))
