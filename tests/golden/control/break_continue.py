for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    print(i, end=" ")
print()
n = 0
while n < 100:
    n += 7
    if n % 2 == 0:
        continue
    if n > 50:
        break
    print(n, end=" ")
print()
for word in ["alpha", "beta", "stop", "gamma"]:
    if word == "stop":
        break
    for ch in word:
        if ch in "aeiou":
            continue
        print(ch, end="")
    print()
