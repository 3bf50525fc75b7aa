"""A tiny binary record format: bytes in classes, optional bytes, parsing."""


class Record:
    def __init__(self, tag: bytes, payload: bytes) -> None:
        self.tag = tag
        self.payload = payload

    def encode(self) -> bytes:
        return self.tag + bytes([len(self.payload)]) + self.payload

    def __repr__(self) -> str:
        return f"Record({self.tag!r}, {self.payload!r})"


def parse(blob: bytes) -> list[Record]:
    out: list[Record] = []
    pos = 0
    while pos < len(blob):
        tag = blob[pos:pos + 2]
        size = blob[pos + 2]
        out.append(Record(tag, blob[pos + 3:pos + 3 + size]))
        pos += 3 + size
    return out


def find_tag(records: list[Record], tag: bytes) -> bytes | None:
    for r in records:
        if r.tag == tag:
            return r.payload
    return None


records = [Record(b"NM", "Zoë".encode()), Record(b"AG", bytes([42])), Record(b"EM", b"")]
blob = b"".join(r.encode() for r in records)
print(blob, len(blob))
back = parse(blob)
print(back)
for tag in [b"NM", b"XX", b"AG"]:
    found = find_tag(back, tag)
    if found is None:
        print(tag, "missing")
    else:
        print(tag, found, list(found))
print(back[0].payload.decode())
