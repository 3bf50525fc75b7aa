secret = 37
lo = 1
hi = 100
tries = 0
while True:
    guess = (lo + hi) // 2
    tries += 1
    if guess == secret:
        print("found", guess, "in", tries, "tries")
        break
    elif guess < secret:
        print(guess, "too low")
        lo = guess + 1
    else:
        print(guess, "too high")
        hi = guess - 1
