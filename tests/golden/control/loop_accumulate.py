evens = 0
odds = 0
for i in range(1, 51):
    if i % 2:
        odds += i
    else:
        evens += i
print(evens, odds)
product = 1
for i in range(1, 11):
    product *= i
print(product)
s = ""
i = 0
while len(s) < 20:
    s += str(i)
    i += 1
print(s, len(s))
