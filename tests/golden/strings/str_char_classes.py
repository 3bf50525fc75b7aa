s = "Hello, World! 123 _ok_"
print([c for c in s if c.isalpha()])
print([c for c in s if c.isdigit()])
print(sum([1 for c in s if c.isspace()]), s.isalnum(), "abc123".isalnum())
print(s.lower().replace(" ", "_"), s.upper()[:5])
