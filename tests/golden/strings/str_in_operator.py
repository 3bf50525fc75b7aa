s = "hello world"
for sub in ["hello", "world", "lo w", "", "xyz", "H"]:
    print(repr(sub), sub in s, sub not in s)
vowels = "aeiou"
print([c for c in s if c in vowels])
print("".join([c for c in s if c not in vowels]))
