# Exception classes with extra attributes, raise ... from ..., and the
# chained tracebacks CPython prints for an uncaught chained exception.


class ParseError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


class ConfigError(Exception):
    pass


def parse(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        if "=" not in raw:
            raise ParseError(n, f"expected key=value, got {raw!r}")
        key, value = raw.split("=", 1)
        try:
            out[key.strip()] = int(value)
        except ValueError as e:
            raise ParseError(n, "bad number") from e
    return out


def load(text: str) -> dict[str, int]:
    try:
        return parse(text)
    except ParseError as e:
        print("caught:", e, "| line", e.line, "|", e.message, "| cause:", repr(e.__cause__))
        raise ConfigError("config rejected") from e


def main() -> None:
    print(parse("a = 1\n\nb=2"))
    for text in ["x=1\ny", "x=1\ny=two"]:
        try:
            load(text)
        except ConfigError as e:
            print("ConfigError:", e, "| cause:", repr(e.__cause__))
    load("q=1\nr")


main()
