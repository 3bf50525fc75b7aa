def entry(flag):
    if flag:
        pair = ("count", 1)
    else:
        pair = ("count", "one")
    return pair


print(entry(True))
