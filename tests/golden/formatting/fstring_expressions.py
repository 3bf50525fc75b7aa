items = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 99.99)]
for name, qty, price in items:
    print(f"{name:<10}x{qty:>3} @ {price:7.2f} = {qty * price:9.2f}")
total = sum([q * p for _, q, p in items])
print(f"{'TOTAL':<10}{'':>4}{'':>10} {total:9.2f}")
w = 12
print(f"{'centered':^{w}}|")
print(f"{3 > 2} {None} {[1, 2][1]} {'a' + 'b'} {len('four'):03d}")
