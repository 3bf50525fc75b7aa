# re: findall (no group, one group, several), finditer, sub and subn with
# templates and functions, split with and without groups, escape; empty
# matches as CPython 3.7+ treats them.
import re


def shout(m):
    return m.group(0).upper()


def swap(m):
    return m.group("b") + m.group("a")


TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")


def tokenize(text):
    out = []
    for m in TOKEN.finditer(text):
        number, name, op = m.groups()
        if number is not None:
            out.append(("num", number))
        elif name is not None:
            out.append(("name", name))
        else:
            out.append(("op", op))
    return out


print(tokenize("x1 = 3.5 * (y + 42)"))

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\d)(\d)?", "1 23 456"))
print(re.findall(r"(\w+)@(\w+)\.com", "ann@example.com, bob@test.com"))
print(re.findall(r"=(\w*)", "a=1 b= c=3"))
print(re.findall(r"", "abc"), re.findall(r"x*", "axxb"))

print(re.sub(r"\s+", " ", "  lots   of\tspace\n here "))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good bye"))
print(re.sub(r"(?P<a>\w)(?P<b>\w)", r"\g<b>\g<a>", "abcdef"))
print(re.sub(r"(?P<a>\w)(?P<b>\w)", swap, "abcdefg"))
print(re.sub(r"[aeiou]", shout, "translation"))
print(re.sub(r"[aeiou]", lambda m: "<" + m.group() + ">", "education", count=2))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"\b", "|", "two words"))
print(re.sub(r"a", r"\n\t\\", "bab"), repr(re.sub(r"(a)|b", r"[\1]", "ab")))
print(re.sub(r"\d", r"\g<0>\g<0>", "a1b2"), re.sub("o", "0", "foo boo", 1))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"\d", shout, "a1b2c3", 2))

print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.split(r"(,)", "a,b,c"), re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"x*", "axbc"))
print(re.split(r"\b", "two words"), re.split(r"\d", "no digits"))

print(re.escape("a.b*c"), re.escape("1+1=2 (yes)"), re.escape("tab\there"))
print(re.findall(re.escape("a.b"), "a.b axb a.b"))

words = re.compile(r"[A-Za-z']+")
counts = {}
text = "It's the end of the world as we know it, and I feel fine. The END."
for w in words.findall(text):
    key = w.lower()
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

p = re.compile(r"(\d+)([a-z]?)")
print(p.sub(lambda m: str(int(m.group(1)) * 2) + m.group(2).upper(), "10a 3 7z"))
print(p.split("x1a2y3"), p.subn("#", "1a2b"), p.findall("12ab 3c 4"))
print([m.span() for m in p.finditer("a12b 3c")], [m.group(2) for m in p.finditer("1 2x")])
