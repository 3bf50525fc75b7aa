# re: compile, search, match, fullmatch; match objects (group, groups,
# groupdict, start, end, span, expand, indexing); flags; pos and endpos.
import re

DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text):
    m = DATE.search(text)
    if m is None:
        return (0, 0, 0)
    year, month, day = m.groups()
    return (int(year), int(month), int(day))


def describe(m):
    if m:
        return "match %r at %d..%d" % (m.group(), m.start(), m.end())
    return "no match"


print(parse_date("released on 2024-03-15, patched 2024-04-01"))
print(parse_date("no date here"))

m = DATE.search("x 1999-12-31 y")
print(m)
print(m.group(0), m.group(1), m.group(2, 3))
print(m[0], m[1], m[3])
print(m.span(), m.span(2), m.start(3), m.end(1))
print(m.string, m.pos, m.endpos)
print(m.re.pattern, m.re.groups)
print(m.expand(r"\3/\2/\1"), m.expand(r"\g<1>\g<2>"))

word = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)")
for kv in ["alpha=1", "beta=", "=nothing"]:
    m = word.match(kv)
    if m is not None:
        print(m.group("key"), repr(m.group("value")), m.groupdict(), m.start("value"))
    else:
        print("no key in", repr(kv))

# match anchors at the start, fullmatch at both ends, search anywhere.
p = re.compile(r"a+b")
for s in ["aab", "xaab", "aabx", "b"]:
    print(s, describe(p.match(s)), describe(p.search(s)), describe(p.fullmatch(s)))

# fullmatch backtracks into the alternatives to reach the end.
print(re.fullmatch(r"a|ab", "ab"))
print(re.match(r"a|ab", "ab"))

# Optional groups are None when they do not take part.
m = re.match(r"(\w+)(?:\s+(\d+))?", "hello")
print(m.groups(), m.groups("-"), m.group(2) is None, m.span(2))
m = re.match(r"(a)|(b)", "b")
print(m.groups(), m.start(1), m.end(2))

# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and inline flags.
print(re.findall(r"^\w+", "one two\nthree four\nfive", re.MULTILINE))
print(re.findall(r"^\w+", "one two\nthree four\nfive"))
print(re.search(r"HELLO", "say hello", re.I).group())
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).span())
print(re.search(r"(?i)straße", "STRAßE").group())
number = re.compile(r"""
    (?P<sign>[-+])?    # an optional sign
    (?P<int>\d+)       # the integer part
    (?:\.(?P<frac>\d*))?  # an optional fraction
""", re.VERBOSE)
for s in ["-12.5", "+7", "3.", "x"]:
    m = number.match(s)
    print(s, m.groupdict() if m else None)
print(re.findall(r"\w+", "héllo wörld 42", re.ASCII))
print(re.findall(r"\w+", "héllo wörld 42"))
print(re.compile("x", re.I | re.M), re.compile("y", re.DOTALL).flags, re.compile("z").flags)

# Non-ASCII text: indices count code points.
m = re.search(r"é+", "café éé")
print(m.span(), m.group())
it = [(m.start(), m.group()) for m in re.finditer(r"\w+", "naïve café — über")]
print(it)

# pos and endpos.
p = re.compile(r"\d+")
print(p.search("ab12cd345", 4), p.search("ab12cd345", 4, 7).group(), p.match("ab12", 2).group())
print(p.findall("1 22 333 4444", 2, 9))
print(re.compile(r"^\d").search("a1", 1), re.compile(r"\d$").search("12a", 0, 2).group())

# \Z, \A, \b, lookarounds, backreferences, \u and \N escapes.
print(re.findall(r"\b\w", "the quick brown"), re.search(r"x\Z", "x\n"), re.search(r"x$", "x\n").span())
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\d+(?!%)\b", "10% 20 30%"))
print(re.sub(r"(\w)\1", r"<\1\1>", "aabbcd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
print(re.findall("\u00e9|\\u00e8|\\N{EM DASH}", "é è — e"), re.findall(r"a{,2}", "aaa"))
print(re.findall(r"[\w-]+|[\[]", "a-b [c"), re.findall(r"x{2,}|y{1}", "xxx y xx"))
