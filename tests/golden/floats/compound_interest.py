principal = 1000.0
rate = 0.05
for years in [1, 5, 10, 30]:
    amount = principal * (1 + rate) ** years
    print("%2d years: %10.2f" % (years, amount))
balance = 0.0
for month in range(12):
    balance = balance * (1 + rate / 12) + 100.0
print(round(balance, 2), "%.4f" % balance)
