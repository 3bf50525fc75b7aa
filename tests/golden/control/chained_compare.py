def check(a, b, c):
    return a < b < c, a <= b <= c, a < b > c, a == b == c, a != b != c

for triple in [(1, 2, 3), (1, 1, 1), (3, 2, 1), (1, 3, 2)]:
    print(triple, check(triple[0], triple[1], triple[2]))
x = 7
print(0 < x < 10 < 100, "a" < "b" < "c")
