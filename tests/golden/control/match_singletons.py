# match against None, True and False, plus optional values and mixed literal kinds
def describe_opt(name):
    match name:
        case None:
            return "no name"
        case "":
            return "empty name"
        case n:
            return "name " + n


def truthy(flag):
    match flag:
        case True:
            return "yes"
        case False:
            return "no"


def lookup(table, key):
    match table.get(key):
        case None:
            return "missing " + key
        case [single]:
            return key + " has one: " + single
        case [a, b]:
            return key + " has two: " + a + "," + b
        case items:
            return key + " has " + str(len(items))


print(describe_opt(None), "|", describe_opt(""), "|", describe_opt("Ann"))
print(truthy(True), truthy(False), truthy(1 > 2), truthy(3 > 2))
t = {"a": ["x"], "b": ["p", "q"], "c": ["1", "2", "3"], "d": []}
for k in ["a", "b", "c", "d", "e"]:
    print(lookup(t, k))
for v in [0, 1, 2]:
    match v == 1:
        case True:
            print(v, "is one")
        case False:
            print(v, "is not one")
values = [None, "x", None, "yz"]
count = 0
for val in values:
    match val:
        case None:
            count += 1
        case s:
            print("string of length", len(s))
print("nones:", count)
