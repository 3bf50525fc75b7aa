n = 10
while n > 0:
    print(n, end=" ")
    n -= 3
print()
i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print(total, i)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran", k)
