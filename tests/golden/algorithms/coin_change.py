def min_coins(coins, amount):
    INF = amount + 1
    best = [INF] * (amount + 1)
    best[0] = 0
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != INF else -1

def ways(coins, amount):
    w = [0] * (amount + 1)
    w[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            w[a] += w[a - c]
    return w[amount]

print(min_coins([1, 5, 10, 25], 63), min_coins([2], 3), min_coins([1, 3, 4], 6))
print(ways([1, 2, 5], 5), ways([1, 5, 10, 25, 50], 100))
