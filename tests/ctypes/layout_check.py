# The classes `krait bindgen` writes have C's layout under CPython's ctypes:
# every size, alignment and field offset (bit-fields included) equals what
# the C compiler printed (layout.txt, from layout_dump.c).
#
#   layout_check.py LAYOUT_TXT
import ctypes
import sys

import krait_ctypes_test
import zlib_ctypes


def find_class(name):
    for module in (krait_ctypes_test, zlib_ctypes):
        if hasattr(module, name):
            return getattr(module, name)
    raise SystemExit("no class " + name)


def bit_offset(cls, field):
    descriptor = getattr(cls, field)
    if descriptor.size >> 16:  # a bit-field: (width << 16) | bit offset in its unit
        return descriptor.offset * 8 + (descriptor.size & 0xFFFF), descriptor.size >> 16
    return descriptor.offset * 8, None


records = 0
fields = 0
with open(sys.argv[1]) as layout:
    for line in layout:
        words = line.split()
        if words[0] == "record":
            cls = find_class(words[1])
            size, align = ctypes.sizeof(cls), ctypes.alignment(cls)
            assert (size, align) == (int(words[2]), int(words[3])), (line, size, align)
            records += 1
        elif words[0] == "field":
            offset, width = bit_offset(find_class(words[1]), words[2])
            assert offset == int(words[3]), (line, offset)
            if len(words) == 5:
                assert width == int(words[4]), (line, width)
            fields += 1
print("layout", records, "records", fields, "fields as C lays them out")
