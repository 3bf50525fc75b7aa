def total(values):
    s = 0
    for v in values:
        s += v
    return s


count = 4
print(total([1, 2, count]))
if count > 10:
    print(total(count))
