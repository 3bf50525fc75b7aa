items = ["plain", "it's", 'say "hi"', "tab\there", "new\nline", "back\\slash", "", "both ' and \""]
for s in items:
    print(repr(s))
print(items)
print(str("x"), repr(42), repr(None), repr(True), repr(1.5))
print("ünïcödé", len("ünïcödé"), repr("ünïcödé"))
