# character class predicates: isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, count, find, index

samples = ["abc", "ABC", "Abc", "123", "a1b2", "   ", "", "Hello World", "hello world", "3.14", "\t\n", "MiXeD"]
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle()]
    print(repr(s).ljust(14), "".join("1" if f else "0" for f in flags))


def classify(text):
    kinds = {"digit": 0, "alpha": 0, "space": 0, "upper": 0, "other": 0}
    for ch in text:
        if ch.isdigit():
            kinds["digit"] += 1
        elif ch.isalpha():
            kinds["alpha"] += 1
            if ch.isupper():
                kinds["upper"] += 1
        elif ch.isspace():
            kinds["space"] += 1
        else:
            kinds["other"] += 1
    return kinds


print(classify("The 3 Quick-Brown Foxes, aged 12!"))
text = "the rain in spain stays mainly in the plain"
print(text.count("ain"), text.count("in"), text.count("the"), text.count("z"), text.count(""))
print(text.count("ain", 10), text.count("ain", 10, 30))
print(text.find("ain"), text.find("ain", 6), text.find("xyz"), text.rfind("ain"), text.rfind("ain", 0, 20))
print(text.index("spain"), text.rindex("in"))
try:
    text.index("snow")
except ValueError as e:
    print("ValueError:", e)
pos = []
start = 0
while True:
    i = text.find("in", start)
    if i == -1:
        break
    pos.append(i)
    start = i + 1
print(pos)
print("".join(c for c in "a1b2c3d4" if c.isdigit()), "".join(c for c in "a1b2c3d4" if c.isalpha()))
