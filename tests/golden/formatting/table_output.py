rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
print("%-10s %5s %8s" % ("name", "qty", "price"))
print("-" * 25)
for name, qty, price in rows:
    print("%-10s %5d %8.2f" % (name, qty, price))
total = 0.0
for name, qty, price in rows:
    total += qty * price
print(f"{'total':<10} {'':>5} {total:8.2f}")
