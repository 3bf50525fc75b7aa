"""LZ77 and LZW compressors with bit-level packing and round-trip checks."""


class BitWriter:
    def __init__(self) -> None:
        self.data = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value: int, width: int) -> None:
        if value < 0 or value >= (1 << width):
            raise ValueError(f"value {value} does not fit in {width} bits")
        self.acc = (self.acc << width) | value
        self.nbits += width
        while self.nbits >= 8:
            self.nbits -= 8
            self.data.append((self.acc >> self.nbits) & 0xFF)
        self.acc &= (1 << self.nbits) - 1

    def finish(self) -> bytes:
        if self.nbits:
            self.data.append((self.acc << (8 - self.nbits)) & 0xFF)
            self.acc = 0
            self.nbits = 0
        return bytes(self.data)


class BitReader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0  # bit position

    def read(self, width: int) -> int:
        value = 0
        for _ in range(width):
            byte = self.data[self.pos >> 3]
            bit = (byte >> (7 - (self.pos & 7))) & 1
            value = (value << 1) | bit
            self.pos += 1
        return value

    def remaining(self) -> int:
        return len(self.data) * 8 - self.pos


class LZ77:
    """LZ77 with a sliding window; tokens are literals or (distance, length)."""

    def __init__(self, window_bits: int = 12, length_bits: int = 4, min_match: int = 3) -> None:
        self.window_bits = window_bits
        self.length_bits = length_bits
        self.window = (1 << window_bits) - 1
        self.min_match = min_match
        self.max_match = min_match + (1 << length_bits) - 1

    def find_match(self, data: bytes, pos: int, index: dict[bytes, list[int]]) -> tuple[int, int]:
        key = data[pos:pos + self.min_match]
        best_len, best_dist = 0, 0
        for cand in reversed(index.get(key, [])):
            dist = pos - cand
            if dist > self.window:
                break
            length = 0
            while (length < self.max_match and pos + length < len(data)
                   and data[cand + length] == data[pos + length]):
                length += 1
            if length > best_len:
                best_len, best_dist = length, dist
                if length == self.max_match:
                    break
        return best_dist, best_len

    def compress(self, data: bytes) -> bytes:
        out = BitWriter()
        out.write(len(data), 24)
        index: dict[bytes, list[int]] = {}
        pos = 0

        def remember(p: int) -> None:
            if p + self.min_match <= len(data):
                index.setdefault(data[p:p + self.min_match], []).append(p)

        while pos < len(data):
            dist, length = self.find_match(data, pos, index)
            if length >= self.min_match:
                out.write(1, 1)
                out.write(dist, self.window_bits)
                out.write(length - self.min_match, self.length_bits)
                for p in range(pos, pos + length):
                    remember(p)
                pos += length
            else:
                out.write(0, 1)
                out.write(data[pos], 8)
                remember(pos)
                pos += 1
        return out.finish()

    def decompress(self, blob: bytes) -> bytes:
        inp = BitReader(blob)
        size = inp.read(24)
        out = bytearray()
        while len(out) < size:
            if inp.read(1):
                dist = inp.read(self.window_bits)
                length = inp.read(self.length_bits) + self.min_match
                start = len(out) - dist
                for i in range(length):
                    out.append(out[start + i])
            else:
                out.append(inp.read(8))
        return bytes(out)


class LZW:
    """Variable-width LZW with a dictionary reset when it fills up."""

    def __init__(self, max_bits: int = 12) -> None:
        self.max_bits = max_bits
        self.clear_code = 256
        self.stop_code = 257

    def compress(self, data: bytes) -> bytes:
        out = BitWriter()
        table = {bytes([i]): i for i in range(256)}
        next_code = 258
        width = 9
        current = b""
        for byte in data:
            candidate = current + bytes([byte])
            if candidate in table:
                current = candidate
                continue
            out.write(table[current], width)
            if next_code < (1 << self.max_bits):
                table[candidate] = next_code
                next_code += 1
                if next_code > (1 << width) and width < self.max_bits:
                    width += 1
            else:
                out.write(self.clear_code, width)
                table = {bytes([i]): i for i in range(256)}
                next_code = 258
                width = 9
            current = bytes([byte])
        if current:
            out.write(table[current], width)
        out.write(self.stop_code, width)
        return out.finish()

    def decompress(self, blob: bytes) -> bytes:
        inp = BitReader(blob)
        table = {i: bytes([i]) for i in range(256)}
        next_code = 258
        width = 9
        out = bytearray()
        prev: bytes | None = None
        while True:
            code = inp.read(width)
            if code == self.stop_code:
                break
            if code == self.clear_code:
                table = {i: bytes([i]) for i in range(256)}
                next_code = 258
                width = 9
                prev = None
                continue
            if code in table:
                entry = table[code]
            elif code == next_code and prev is not None:
                entry = prev + prev[:1]
            else:
                raise ValueError(f"bad LZW code {code}")
            out += entry
            if prev is not None and next_code < (1 << self.max_bits):
                table[next_code] = prev + entry[:1]
                next_code += 1
                if next_code + 1 > (1 << width) and width < self.max_bits:
                    width += 1
            prev = entry
        return bytes(out)


def run_length(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def adler32(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def entropy_bits(data: bytes) -> float:
    import math
    counts = [0] * 256
    for byte in data:
        counts[byte] += 1
    total = len(data)
    return -sum(c / total * math.log2(c / total) for c in counts if c) * total


def make_corpus() -> list[tuple[str, bytes]]:
    poem = ("It was the best of times, it was the worst of times, it was the age "
            "of wisdom, it was the age of foolishness, it was the epoch of belief, "
            "it was the epoch of incredulity, it was the season of Light, it was "
            "the season of Darkness, it was the spring of hope, it was the winter "
            "of despair.\n")
    code_lines = [f"    total += values[{i}] * weights[{i % 7}]  # step {i}\n" for i in range(60)]
    table_rows = "\n".join(",".join(str((r * c) % 17) for c in range(12)) for r in range(40))
    state = 98765
    noise = bytearray()
    for _ in range(1500):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise.append(state >> 16 & 0xFF)
    return [
        ("dickens", poem.encode() * 6),
        ("code", "".join(code_lines).encode()),
        ("csv", table_rows.encode()),
        ("zeros", bytes(3000)),
        ("noise", bytes(noise)),
        ("empty", b""),
        ("abc", b"abababababababababab" + b"cabbage" * 40),
    ]


def main() -> None:
    lz77 = LZ77()
    lzw = LZW()
    codecs = [("lz77", lz77.compress, lz77.decompress), ("lzw", lzw.compress, lzw.decompress)]
    totals: dict[str, int] = {"raw": 0, "lz77": 0, "lzw": 0, "rle": 0}
    failures = 0
    print(f"{'name':<8} {'raw':>6} {'H0':>7} {'rle':>6} {'lz77':>6} {'lzw':>6}  checks")
    for name, data in make_corpus():
        results: list[str] = []
        sizes: dict[str, int] = {}
        for codec_name, enc, dec in codecs:
            packed = enc(data)
            back = dec(packed)
            ok = back == data
            if not ok:
                failures += 1
            sizes[codec_name] = len(packed)
            results.append(f"{codec_name}:{'ok' if ok else 'FAIL'}")
        rle = len(run_length(data))
        h0 = entropy_bits(data) / 8 if data else 0.0
        totals["raw"] += len(data)
        totals["rle"] += rle
        for key in ("lz77", "lzw"):
            totals[key] += sizes[key]
        print(f"{name:<8} {len(data):>6} {h0:>7.1f} {rle:>6} {sizes['lz77']:>6} "
              f"{sizes['lzw']:>6}  {' '.join(results)} adler={adler32(data):08x}")
    print("ratios (compressed/raw):")
    for key in ("rle", "lz77", "lzw"):
        ratio = totals[key] / totals["raw"]
        print(f"  {key:<5} {totals[key]:>7} bytes  {ratio:.4f}  ({(1 - ratio) * 100:+.1f}% saved)")
    sample = b"TOBEORNOTTOBEORTOBEORNOT"
    packed = lzw.compress(sample)
    print(f"lzw sample: {len(sample)} -> {len(packed)} bytes: {packed.hex()}")
    w = BitWriter()
    try:
        w.write(300, 8)
    except ValueError as exc:
        print(f"expected error: {exc}")
    print("all round trips passed" if failures == 0 else f"{failures} failures")


if __name__ == "__main__":
    main()
