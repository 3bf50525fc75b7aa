"""A bytearray is shared by reference like a list; bytes are values."""


class Buffer:
    def __init__(self) -> None:
        self.data = bytearray()

    def put(self, chunk: bytes) -> None:
        self.data += chunk


def fill(target: bytearray, n: int) -> None:
    for i in range(n):
        target.append(65 + i)


shared = bytearray()
alias = shared
fill(shared, 3)
print(shared, alias, shared is alias)
frozen = bytes(shared)
shared.append(90)
print(frozen, shared)
buf = Buffer()
buf.put(b"one ")
buf.put(b"two")
print(buf.data, len(buf.data))
keep = buf.data
buf.put(b"!")
print(keep)
rows = [bytearray(2) for _ in range(3)]
rows[1][0] = 7
print(rows)
same = [bytearray(b"z")] * 2
same[0][0] = 121
print(same)
