s = "Hello World From Krait"
print(s.upper(), s.lower(), s.swapcase())
print(s.title(), "hello world".capitalize())
print(s.isupper(), s.upper().isupper(), s.lower().islower())
count_upper = 0
for ch in s:
    if ch.isupper():
        count_upper += 1
print(count_upper)
print("".join([c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate("alternating")]))
