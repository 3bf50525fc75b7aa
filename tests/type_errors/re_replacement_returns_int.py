import re


def double(m):
    return int(m.group()) * 2


print(re.sub(r"\d+", double, "no digits here"))
