def newton_sqrt(x):
    guess = x / 2.0
    for _ in range(30):
        guess = (guess + x / guess) / 2.0
    return guess

for n in [2.0, 9.0, 10.0, 1e6, 0.25]:
    r = newton_sqrt(n)
    print(n, r, "%.10f" % r)
