pairs = [("apple", "apples"), ("Zoo", "apple"), ("abc", "abd"), ("", "a"), ("same", "same"), ("b", "abc")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(max("banana", "apple", "cherry"), min("banana", "apple", "cherry"))
