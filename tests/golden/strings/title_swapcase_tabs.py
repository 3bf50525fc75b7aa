# title, capitalize, swapcase, casefold-like lower/upper comparisons and expandtabs

for p in ["hello world", "HELLO WORLD", "it's a dog's life", "x-ray vision 2go", "  spaced   out  ", "mIxEd CaSe"]:
    print(repr(p.title()), repr(p.capitalize()), repr(p.swapcase()))
print("PyThOn".swapcase(), "PyThOn".upper(), "PyThOn".lower())
print("hello".title().swapcase(), "Hello".swapcase().swapcase() == "Hello")
print("ABC".istitle(), "Abc Def".istitle(), "Abc def".istitle(), "".istitle())
table = "name\tqty\tprice\napple\t3\t0.50\nwatermelon\t1\t3.25"
print(table.expandtabs())
print(table.expandtabs(4))
print(table.expandtabs(12))
print(repr("a\tb\tc".expandtabs(1)), repr("\t".expandtabs(3)), repr("ab\tc".expandtabs(2)))
print(repr("12345\t6".expandtabs(4)), repr("x\ty\n\tz".expandtabs(2)), repr("no tabs".expandtabs()))
names = ["ada lovelace", "ALAN TURING", "grace HOPPER"]
print([n.title() for n in names])
print(sorted(names, key=lambda n: n.lower()))
print(["".join(part[0].upper() for part in n.split()) for n in names])
print([n.title().istitle() for n in names])
words = "The Quick brown FOX"
print(words.lower() == "the quick brown fox", words.upper().isupper(), words.swapcase())
print(sum(1 for c in words if c.isupper()), sum(1 for c in words if c.islower()))
