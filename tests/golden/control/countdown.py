def countdown(n):
    out = []
    while n > 0:
        out.append(n)
        n -= 1
    out.append(0)
    return out

print(countdown(10))
i = 0
while i < 20:
    i += 3
    if i == 9:
        continue
    print(i, end=" ")
print()
