# while ... else and for ... else: else runs when the loop ends without break


def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return -1
    return d


for n in [2, 15, 17, 49, 97, 100]:
    d = find_divisor(n)
    print(n, "prime" if d < 0 else f"divisible by {d}")

attempts = ["1234", "hunter2", "letmein"]
i = 0
while i < len(attempts):
    if attempts[i] == "hunter2":
        print("unlocked after", i + 1, "tries")
        break
    i += 1
else:
    print("locked out")
i = 0
while i < 2:
    i += 1
else:
    print("while finished normally, i =", i)
while False:
    pass
else:
    print("else of a loop that never ran")
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for target in [5, 10]:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                print("found", target, "at", (r, c))
                break
        else:
            continue
        break
    else:
        print(target, "not found")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 200:
        break
else:
    print("reached 1 after", steps, "steps")
for word in ["apple", "banana"]:
    if "z" in word:
        break
else:
    print("no word contains z")
