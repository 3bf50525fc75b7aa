def analyze(s):
    vowels = 0
    consonants = 0
    digits = 0
    spaces = 0
    for ch in s:
        if ch.isdigit():
            digits += 1
        elif ch.isspace():
            spaces += 1
        elif ch.isalpha():
            if ch.lower() in "aeiou":
                vowels += 1
            else:
                consonants += 1
    return vowels, consonants, digits, spaces

for s in ["Hello World 2024", "aeiou", "rhythm", "", "123 456"]:
    print(repr(s), analyze(s))
