# Strings holding NUL characters keep their length (constants included).
inp = iter("ab")
print(repr(next(inp, "\0")), repr(next(inp, "\0")), repr(next(inp, "\0")), ord(next(inp, "\0")))
s = "\0x"
print(len(s), repr(s[0]), ord(s[0]))
