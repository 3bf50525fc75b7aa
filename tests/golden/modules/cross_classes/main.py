# Classes and exceptions defined in one module, subclassed in another, used
# in a third; instances keep their module in repr and in tracebacks.
from shapes import Rect, Square, Blob
import base

items = [Rect(2, 3), Square(4), Rect(-1, 2), Blob("blob")]
for s in items:
    try:
        print(s.describe())
    except base.ShapeError as e:
        print("ShapeError:", e, e.shape.name, isinstance(e.shape, Rect))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print([isinstance(s, base.Shape) for s in items], [type(s).__name__ for s in items])
print(repr(items[3]).startswith("<shapes.Blob object at 0x"))
print(str(base.ShapeError(None, "plain")), repr(base.ShapeError(None, "r")))
raise base.ShapeError(items[0], "uncaught, exit status 1")
