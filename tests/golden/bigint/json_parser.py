"""A self-contained JSON parser and serializer.

Values are represented by a small class hierarchy rather than raw Python
objects so that integers, floats, strings, arrays and objects (with key
order preserved) round-trip exactly.
"""


class JSONError(Exception):
    def __init__(self, message: str, pos: int) -> None:
        super().__init__(f"{message} at offset {pos}")
        self.pos = pos


class JValue:
    def kind(self) -> str:
        raise NotImplementedError

    def equals(self, other: "JValue") -> bool:
        raise NotImplementedError


class JNull(JValue):
    def kind(self) -> str:
        return "null"

    def equals(self, other: JValue) -> bool:
        return isinstance(other, JNull)


class JBool(JValue):
    def __init__(self, value: bool) -> None:
        self.value = value

    def kind(self) -> str:
        return "bool"

    def equals(self, other: JValue) -> bool:
        return isinstance(other, JBool) and other.value == self.value


class JNumber(JValue):
    def __init__(self, text: str) -> None:
        self.text = text
        self.is_int = not any(c in text for c in ".eE")

    def kind(self) -> str:
        return "int" if self.is_int else "float"

    def as_float(self) -> float:
        return float(self.text)

    def equals(self, other: JValue) -> bool:
        if not isinstance(other, JNumber):
            return False
        if self.is_int and other.is_int:
            return int(self.text) == int(other.text)
        return self.as_float() == other.as_float()


class JString(JValue):
    def __init__(self, value: str) -> None:
        self.value = value

    def kind(self) -> str:
        return "string"

    def equals(self, other: JValue) -> bool:
        return isinstance(other, JString) and other.value == self.value


class JArray(JValue):
    def __init__(self, items: list[JValue]) -> None:
        self.items = items

    def kind(self) -> str:
        return "array"

    def equals(self, other: JValue) -> bool:
        if not isinstance(other, JArray) or len(other.items) != len(self.items):
            return False
        return all(a.equals(b) for a, b in zip(self.items, other.items))


class JObject(JValue):
    def __init__(self, pairs: list[tuple[str, JValue]]) -> None:
        self.pairs = pairs

    def kind(self) -> str:
        return "object"

    def get(self, key: str) -> "JValue | None":
        for k, v in self.pairs:
            if k == key:
                return v
        return None

    def equals(self, other: JValue) -> bool:
        if not isinstance(other, JObject) or len(other.pairs) != len(self.pairs):
            return False
        for (k1, v1), (k2, v2) in zip(self.pairs, other.pairs):
            if k1 != k2 or not v1.equals(v2):
                return False
        return True


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def error(self, message: str) -> JSONError:
        return JSONError(message, self.pos)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def consume(self, expected: str) -> None:
        if not self.text.startswith(expected, self.pos):
            raise self.error(f"expected {expected!r}")
        self.pos += len(expected)

    def parse(self) -> JValue:
        self.skip_ws()
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise self.error("trailing data")
        return value

    def value(self) -> JValue:
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return JString(self.string())
        if ch == "t":
            self.consume("true")
            return JBool(True)
        if ch == "f":
            self.consume("false")
            return JBool(False)
        if ch == "n":
            self.consume("null")
            return JNull()
        if ch == "-" or ch.isdigit():
            return self.number()
        if not ch:
            raise self.error("unexpected end of input")
        raise self.error(f"unexpected character {ch!r}")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > 64:
            raise self.error("nesting too deep")

    def obj(self) -> JValue:
        self.enter()
        self.consume("{")
        pairs: list[tuple[str, JValue]] = []
        seen: set[str] = set()
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            self.depth -= 1
            return JObject(pairs)
        while True:
            self.skip_ws()
            if self.peek() != '"':
                raise self.error("expected string key")
            key = self.string()
            if key in seen:
                raise self.error(f"duplicate key {key!r}")
            seen.add(key)
            self.skip_ws()
            self.consume(":")
            self.skip_ws()
            pairs.append((key, self.value()))
            self.skip_ws()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.consume("}")
            break
        self.depth -= 1
        return JObject(pairs)

    def array(self) -> JValue:
        self.enter()
        self.consume("[")
        items: list[JValue] = []
        self.skip_ws()
        if self.peek() == "]":
            self.pos += 1
            self.depth -= 1
            return JArray(items)
        while True:
            self.skip_ws()
            items.append(self.value())
            self.skip_ws()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.consume("]")
            break
        self.depth -= 1
        return JArray(items)

    def string(self) -> str:
        self.consume('"')
        chunks: list[str] = []
        while True:
            if self.pos >= len(self.text):
                raise self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(chunks)
            if ch == "\\":
                esc = self.peek()
                self.pos += 1
                if esc in ESCAPES:
                    chunks.append(ESCAPES[esc])
                elif esc == "u":
                    code = self.hex4()
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        self.pos += 2
                        low = self.hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    chunks.append(chr(code))
                else:
                    raise self.error(f"bad escape \\{esc}")
            elif ord(ch) < 0x20:
                raise self.error("control character in string")
            else:
                chunks.append(ch)

    def hex4(self) -> int:
        digits = self.text[self.pos:self.pos + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            raise self.error("bad unicode escape")
        self.pos += 4
        return int(digits, 16)

    def number(self) -> JValue:
        start = self.pos
        if self.peek() == "-":
            self.pos += 1
        if self.peek() == "0":
            self.pos += 1
        elif self.peek().isdigit():
            while self.peek().isdigit():
                self.pos += 1
        else:
            raise self.error("bad number")
        if self.peek() == ".":
            self.pos += 1
            if not self.peek().isdigit():
                raise self.error("digit expected after '.'")
            while self.peek().isdigit():
                self.pos += 1
        if self.peek() in ("e", "E"):
            self.pos += 1
            if self.peek() in ("+", "-"):
                self.pos += 1
            if not self.peek().isdigit():
                raise self.error("digit expected in exponent")
            while self.peek().isdigit():
                self.pos += 1
        return JNumber(self.text[start:self.pos])


def quote(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value: JValue, indent: int = 0, level: int = 0) -> str:
    pad = " " * (indent * (level + 1)) if indent else ""
    end_pad = " " * (indent * level) if indent else ""
    sep = ",\n" if indent else ","
    nl = "\n" if indent else ""
    colon = ": " if indent else ":"
    if isinstance(value, JNull):
        return "null"
    if isinstance(value, JBool):
        return "true" if value.value else "false"
    if isinstance(value, JNumber):
        return value.text
    if isinstance(value, JString):
        return quote(value.value)
    if isinstance(value, JArray):
        if not value.items:
            return "[]"
        inner = sep.join(pad + dumps(v, indent, level + 1) for v in value.items)
        return f"[{nl}{inner}{nl}{end_pad}]"
    if isinstance(value, JObject):
        if not value.pairs:
            return "{}"
        inner = sep.join(f"{pad}{quote(k)}{colon}{dumps(v, indent, level + 1)}" for k, v in value.pairs)
        return f"{{{nl}{inner}{nl}{end_pad}}}"
    raise TypeError("unknown value")


def walk(value: JValue, path: str = "$"):
    yield path, value
    if isinstance(value, JArray):
        for i, item in enumerate(value.items):
            yield from walk(item, f"{path}[{i}]")
    elif isinstance(value, JObject):
        for key, item in value.pairs:
            yield from walk(item, f"{path}.{key}")


def stats(value: JValue) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, v in walk(value):
        counts[v.kind()] = counts.get(v.kind(), 0) + 1
    return counts


DOCUMENTS = [
    '{"name": "Krait", "version": [0, 3, 1], "stable": false, "license": null}',
    """
    {
      "store": {
        "books": [
          {"title": "Sayings of the Century", "price": 8.95, "tags": ["quotes", "classic"]},
          {"title": "Moby \\"Dick\\"", "price": 8.99e0, "isbn": "0-553-21311-3"},
          {"title": "The Lord of the Rings", "price": 22.99, "pages": 1216}
        ],
        "bicycle": {"color": "red", "price": 19.95, "gears": -21}
      },
      "escapes": "tab\\there\\nnewline \\u00e9t\\u00e9 \\ud83d\\ude00 slash\\/",
      "empty": {"a": [], "b": {}, "c": ""},
      "numbers": [0, -0, 1.5e10, 2E-3, 123456789012345678901234567890, -7.25]
    }
    """,
    "[[[[[[1]]]]], [true, [false, [null]]]]",
    '"just a string"',
    "  42  ",
]

BROKEN = [
    '{"a": 1,}',
    "[1, 2",
    '{"a" 1}',
    '"bad \\q escape"',
    "01",
    "[1.]",
    '{"k": 1, "k": 2}',
    "tru",
    "[" * 70 + "]" * 70,
    "{} extra",
]


def main() -> None:
    for i, doc in enumerate(DOCUMENTS):
        value = Parser(doc).parse()
        compact = dumps(value)
        pretty = dumps(value, indent=2)
        again = Parser(pretty).parse()
        again2 = Parser(compact).parse()
        ok = value.equals(again) and value.equals(again2) and dumps(again) == compact
        print(f"--- document {i}: {value.kind()}, round-trip {'ok' if ok else 'FAILED'}")
        print(pretty)
        counts = stats(value)
        print("counts: " + ", ".join(f"{k}={counts[k]}" for k in sorted(counts)))
        print(f"compact length {len(compact)}, pretty length {len(pretty)}")
    root = Parser(DOCUMENTS[1]).parse()
    prices: list[float] = []
    for path, v in walk(root):
        if path.endswith(".price") and isinstance(v, JNumber):
            prices.append(v.as_float())
            print(f"{path} = {v.text}")
    print(f"total price {sum(prices):.2f}, max {max(prices):.2f}")
    if isinstance(root, JObject):
        esc = root.get("escapes")
        if isinstance(esc, JString):
            print(f"escapes decoded to {len(esc.value)} chars, code points: "
                  + " ".join(f"{ord(c):x}" for c in esc.value if ord(c) > 127))
    print("--- error cases")
    for doc in BROKEN:
        try:
            Parser(doc).parse()
            print(f"{doc[:20]!r}: accepted?!")
        except JSONError as exc:
            print(f"{doc[:20]!r}: {exc}")


if __name__ == "__main__":
    main()
