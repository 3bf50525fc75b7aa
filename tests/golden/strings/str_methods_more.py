# String methods not covered elsewhere: center, partition/rpartition,
# expandtabs, istitle, swapcase, rsplit with maxsplit, zfill of
# signed numbers, count with bounds, removeprefix/removesuffix.


def main() -> None:
    words = ["krait", "Python", "a", ""]
    for w in words:
        print(f"[{w.center(9)}] [{w.center(10, '*')}] [{w.ljust(6, '.')}] [{w.rjust(6, '.')}]")
    line = "key=value=more"
    print(line.partition("="), line.rpartition("="), line.partition("#"), line.rpartition("#"))
    print("a\tbb\tccc\td".expandtabs(), "|", "a\tbb\tccc".expandtabs(4), "|", "x\ty".expandtabs(1))
    for t in ["Hello World", "Hello world", "HELLO", "Don'T", "", "A1 B2"]:
        print(repr(t), t.istitle(), t.swapcase(), t.title())
    print("a,b,,c,d".rsplit(",", 2), "a b  c".rsplit(None, 1), "  x  y ".rsplit())
    print("a,b,,c,d".split(",", 2), "one two three".split(maxsplit=1))
    for n in ["42", "-42", "+7", "", "abc"]:
        print(repr(n.zfill(5)))
    s = "banana bandana"
    print(s.count("an"), s.count("an", 3), s.count("an", 3, 9), s.count(""), s.find("an", 5), s.rfind("an", 0, 8))
    print("test_case.py".removesuffix(".py"), "test_case.py".removeprefix("test_"), "x".removeprefix("y"))
    print("ab12".isalnum(), "ab 12".isalnum(), "١٢٣".isdigit(), "½".isnumeric(), "½".isdigit(), "Ⅻ".isnumeric())
    print("  \t\n".isspace(), "".isspace(), "ABC".isupper(), "AbC".isupper(), "abc1".islower())
    print("hello world".capitalize(), "ÉCOLE".lower(), "ﬁx".upper(), "ß".upper())
    print("-".join(reversed(list("abc"))), "".join(sorted("krait")), ",".join(str(i) for i in range(4)))


main()
