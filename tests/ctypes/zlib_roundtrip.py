# zlib through the ctypes module `krait bindgen /usr/include/zlib.h --lib z`
# writes: compress and uncompress a buffer, a streaming deflate with a
# z_stream (zlib checks the struct's size), crc32 and adler32. Every result
# is checked: the round trips give the data back, the checksums equal the
# ones computed here in Python. Runs on CPython and translated by Krait.
import ctypes

import zlib_ctypes as z


def crc32_reference(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def adler32_reference(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return b << 16 | a


data = b"Krait turns restricted Python into C++. " * 25
source = (z.Bytef * len(data)).from_buffer_copy(data)

# compress / uncompress.
bound = z.compressBound(len(data))
dest = (z.Bytef * bound)()
dest_len = z.uLongf(bound)
status = z.compress(dest, ctypes.byref(dest_len), source, len(data))
compressed = bytes(dest[: dest_len.value])
print("compress", status == z.Z_OK, len(data), "->", dest_len.value)
assert status == z.Z_OK

out = (z.Bytef * len(data))()
out_len = z.uLongf(len(data))
status = z.uncompress(out, ctypes.byref(out_len), dest, dest_len.value)
print("uncompress", status == z.Z_OK, out_len.value, bytes(out[: out_len.value]) == data)
assert bytes(out[: out_len.value]) == data

# A buffer too small for the data is zlib's Z_BUF_ERROR.
small_len = z.uLongf(10)
status = z.uncompress(out, ctypes.byref(small_len), dest, dest_len.value)
print("small buffer", status == z.Z_BUF_ERROR)

# Streaming deflate through a z_stream.
stream = z.z_stream()
status = z.deflateInit_(
    ctypes.byref(stream), z.Z_BEST_COMPRESSION, z.ZLIB_VERSION, ctypes.sizeof(z.z_stream)
)
print("deflateInit", status == z.Z_OK)
assert status == z.Z_OK
stream.next_in = ctypes.cast(source, ctypes.POINTER(z.Bytef))
stream.avail_in = len(data)
stream.next_out = ctypes.cast(dest, ctypes.POINTER(z.Bytef))
stream.avail_out = bound
status = z.deflate(ctypes.byref(stream), z.Z_FINISH)
print("deflate", status == z.Z_STREAM_END, stream.total_in, stream.total_out)
print("deflateEnd", z.deflateEnd(ctypes.byref(stream)) == z.Z_OK)

# The stream's output inflates back to the data.
inflated = (z.Bytef * len(data))()
inflated_len = z.uLongf(len(data))
status = z.uncompress(inflated, ctypes.byref(inflated_len), dest, stream.total_out)
print("inflate", status == z.Z_OK, bytes(inflated[: inflated_len.value]) == data)
assert bytes(inflated[: inflated_len.value]) == data
assert bytes(dest[: stream.total_out]) != compressed  # level 9 differs from the default here

# Checksums.
crc = z.crc32(0, source, len(data))
adler = z.adler32(1, source, len(data))
print("crc32", crc, crc == crc32_reference(data))
print("adler32", adler, adler == adler32_reference(data))
assert crc == crc32_reference(data)
assert adler == adler32_reference(data)

print("version", z.zlibVersion() == z.ZLIB_VERSION)
