# re: errors in patterns and templates raise re.error with CPython's
# message and position; a bad group is an IndexError; an uncaught re.error
# ends the program with its traceback line.
import re

PATTERNS = [
    r"\p{L}", "a\\", "(a", "a)", "[a", "*a", "a**", r"(a\1)", r"\2", "a{2,1}",
    "(?i)a(?m)", "(?<n>a)", r"\N{NO SUCH NAME}", r"\x4", "[z-a]", "(?P<1>a)", "(?P=x)",
    "(?P<a>x)(?P<a>y)", r"\777", "^*", "a|*", r"[\d-z]", "(?P<n", "(?#x", "x{3}{2}",
]


def try_compile(pattern):
    try:
        re.compile(pattern)
        return "ok"
    except re.error as e:
        return str(e)


for p in PATTERNS:
    print(repr(p), "->", try_compile(p))

for template in [r"\3", r"\g<x>", r"\g<1", r"\q", r"\g<-1>", "ok \\& fine"]:
    try:
        print(re.sub(r"(a)(b)", template, "ab"))
    except re.error as e:
        print("re.error:", e)
    except IndexError as e:
        print("IndexError:", e)

m = re.match(r"(a)(?P<n>b)?", "a")
for g in [3, -1]:
    try:
        print(m.group(g))
    except IndexError as e:
        print("IndexError:", e)
try:
    print(m.group("nope"))
except IndexError as e:
    print("IndexError:", e)
try:
    print(re.match("x", "y").group())
except AttributeError as e:
    print("AttributeError:", e)

print(re.compile("(b)+").search("abbbc").group(1), re.compile(r"(?:x|(y))+").match("yx").group(1))
pattern = "(" * 3 + "x" + ")" * 2
re.compile(pattern)
print("not reached")
