class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key

def lookup(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]

data = {"x": 1}
for k in ["x", "y"]:
    try:
        print(lookup(data, k))
    except NotFound as e:
        print("caught", e, e.key)
try:
    raise AppError("generic")
except AppError as e:
    print("app error:", e)
try:
    lookup(data, "zz")
except AppError as e:
    print("as base:", e, isinstance(e, NotFound))
