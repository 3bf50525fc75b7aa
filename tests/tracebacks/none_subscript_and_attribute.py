# A list, dict or instance that may be None is used without a test: CPython's
# TypeError or AttributeError when it is None.
class Box:
    def __init__(self):
        self.items = None
        self.counts = None
        self.inner = None


def fill(box, n):
    if n > 0:
        box.items = [1, 2, 3]
        box.counts = {"a": 1}
        box.inner = Box()


box = Box()
fill(box, 1)
print(box.items[0], box.counts["a"], box.inner.items)
empty = Box()
fill(empty, 0)
for attempt in range(3):
    try:
        if attempt == 0:
            print(empty.items[0])
        elif attempt == 1:
            empty.counts["b"] = 2
        else:
            print(empty.inner.items)
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
del empty.items[0]
