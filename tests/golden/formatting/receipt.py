TAX = 0.0825
lines = [("Coffee", 2, 3.75), ("Bagel", 1, 2.5), ("Juice", 3, 4.1)]
width = 32
print("RECEIPT".center(width, "="))
subtotal = 0.0
for name, qty, unit in lines:
    cost = qty * unit
    subtotal += cost
    left = "%s x%d" % (name, qty)
    right = "%.2f" % cost
    print(left + " " * (width - len(left) - len(right)) + right)
print("-" * width)
tax = subtotal * TAX
for label, value in [("Subtotal", subtotal), ("Tax", tax), ("Total", subtotal + tax)]:
    print(f"{label}{value:>{width - len(label)}.2f}")
