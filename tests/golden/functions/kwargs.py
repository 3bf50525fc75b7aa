# **kwargs parameters: extra keyword arguments gathered into a dict.


def tag(name: str, *children: str, **attrs: str) -> str:
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    inner = "".join(children)
    return f"<{' '.join(parts)}>{inner}</{name}>"


def config(**settings: int) -> dict[str, int]:
    merged = {"width": 80, "depth": 3}
    merged.update(settings)
    return merged


class Record:
    def __init__(self, kind: str, **fields: float) -> None:
        self.kind = kind
        self.fields = fields

    def show(self) -> str:
        keys = sorted(self.fields)
        return self.kind + "(" + ", ".join(f"{k}={self.fields[k]}" for k in keys) + ")"


def count(**kw: int) -> int:
    return len(kw)


def main() -> None:
    print(tag("p"))
    print(tag("a", "link", href="/x", title="go"))
    print(tag("div", "one", "two", id="main"))
    print(config())
    print(config(depth=5, color=2))
    print(Record("point", x=1.5, y=-2.0).show())
    print(Record("empty").show())
    print(count(), count(a=1), count(a=1, b=2, c=3))
    opts = {"k": 4}
    print("k" in opts, count(k=opts["k"]))


main()
