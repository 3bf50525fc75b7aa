nums = list(range(-5, 16))
pos = [n for n in nums if n > 0]
sq = [n * n for n in pos if n % 3 == 0]
neg_abs = [abs(n) for n in nums if n < 0]
print(pos)
print(sq, neg_abs)
labels = ["fizz" if n % 3 == 0 else str(n) for n in range(1, 10)]
print(labels)
