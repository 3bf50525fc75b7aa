# str.startswith/endswith with a tuple of prefixes: true when any matches.
s = "hello.py"
print(s.endswith((".py", ".txt")), s.startswith(("he", "x")), s.startswith(("a", "b")))
print(s.endswith(()), s.startswith(("lo",), 3), s.startswith(("lo", "l"), 3, 4))
exts = (".c", ".h")
for f in ["main.c", "util.h", "notes.txt"]:
    print(f, f.endswith(exts), f.startswith(("m", "u")))


def suffixes(n):
    if n:
        return (".txt", ".md", ".rst")
    return (".py",)


print("README.md".endswith(suffixes(1)), "a.py".endswith(suffixes(0)), "a.py".endswith(suffixes(1)))
