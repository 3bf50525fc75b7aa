"""Every statement kind, some in unusual layouts."""
from __future__ import annotations
import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a as b,
                       c,)
from .... import deep
from mod import *
global g1, g2
x: int
y: list[int] = []
(z): int = 1
a.b: str
a[0]: float = 1.0
x = y = z = 1
x, *rest = [1, 2, 3]
[a, (b, c)] = 1, (2, 3)
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x >>= 1; x <<= 1; x &= 1; x ^= 1; x |= 1
del x, y[0], z.attr, (a, b), [c]
assert x, "message"
raise
raise ValueError("bad") from None
try:
    pass
except (ValueError, TypeError) as e:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
with open("f") as f, open("g") as g: pass
with (open("f") as f, open("g") as g,):
    pass
with (yield):
    pass
for i, j in enumerate(x):
    if i: continue
    elif j: break
    else: pass
else:
    pass
while True:
    break
else:
    pass
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        yield v
        yield from range(3)
        x = yield
        return
    return inner
class C: pass;
if x: pass
elif y: pass
else: pass
