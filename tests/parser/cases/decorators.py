# Decorators: PEP 614 expressions, classes, async functions, stacked forms.
import functools

@functools.lru_cache(maxsize=None)
def cached(n: int = 0, /, m=1, *args: int, key, flag: bool = False, **kw) -> int:
    return n


@buttons[0].clicked.connect
@(lambda f: f)
@x if y else z
@a := b
@ ( yield_ )
class Widget(Base, metaclass=Meta, **extra):
    """Docstring."""

    @property
    def size(self): return self._size

    @size.setter
    def size(self, value):
        self._size = value

    @staticmethod
    async def fetch(*, url: str) -> "Response":
        async with session.get(url) as r, other() as (s, t):
            async for chunk in r:
                await process(chunk)
        return [x async for x in aiter() if await x]

    @classmethod
    def make(cls, *a, **k): ...


class Empty: pass
class Generic(list[int], Protocol): x: int; y: str = "y"
