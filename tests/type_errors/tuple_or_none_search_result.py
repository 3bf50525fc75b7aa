for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        print(i, j, end="; ")
    print()
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print(found)
