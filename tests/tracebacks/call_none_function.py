# A variable that may hold a function or None is called while it is None.
def double(x):
    return 2 * x


def pick(name):
    handler = None
    if name == "double":
        handler = double
    return handler


print(pick("double")(21))
print(pick("triple")(21))
