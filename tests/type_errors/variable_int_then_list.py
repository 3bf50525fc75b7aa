def tally(n):
    total = 0
    for i in range(n):
        total += i
    if total > 10:
        total = [total]
    return total


print(tally(6))
