# POINTER objects (set by C through byref, retargeted through .contents,
# NULL ones raising ValueError), arrays whose length is known only at run
# time, from_buffer_copy, slices of arrays, casts to c_char_p and c_void_p,
# char array fields, anonymous members and NULL function pointers.
import ctypes

libc = ctypes.CDLL(None)
libc.strtol.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int]
libc.strtol.restype = ctypes.c_long
libc.strchr.argtypes = [ctypes.c_char_p, ctypes.c_int]
libc.strchr.restype = ctypes.c_void_p
libc.memchr.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
libc.memchr.restype = ctypes.POINTER(ctypes.c_ubyte)

CMPFUNC = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
libc.qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMPFUNC]
libc.qsort.restype = None


class Inner(ctypes.Union):
    _fields_ = [("i", ctypes.c_int), ("f", ctypes.c_float)]


class Record(ctypes.Structure):
    _anonymous_ = ("u",)
    _fields_ = [("name", ctypes.c_char * 8), ("u", Inner), ("next", ctypes.POINTER(ctypes.c_int))]


def parse_all(text):
    # strtol sets the end pointer through byref(end): a POINTER object.
    end = ctypes.c_char_p()
    values = []
    rest = text
    while True:
        value = libc.strtol(rest, ctypes.byref(end), 10)
        following = end.value
        if following is None or following == rest:
            break
        values.append(value)
        rest = following
    return values


print("strtol", parse_all(b"12 -7 300 x"))

# Arrays whose length is known only at run time.
for n in range(1, 4):
    squares = (ctypes.c_int * n)(*[i * i for i in range(n)])
    print("squares", n, len(squares), list(squares), ctypes.sizeof(squares), ctypes.sizeof(ctypes.c_int * n))
data = b"krait!"
copy = (ctypes.c_ubyte * len(data)).from_buffer_copy(data)
print("copied", list(copy), bytes(copy[1:4]), copy[::-2], copy[-2:])
word = (ctypes.c_char * 4).from_buffer_copy(b"abcdefgh", 2)
print("chars", word.raw, word[1:3])
number = ctypes.c_int.from_buffer_copy(b"\x01\x02\x00\x00")
print("int from bytes", number.value)
try:
    (ctypes.c_int * 4).from_buffer_copy(b"short")
except ValueError as e:
    print("ValueError", e)
try:
    ctypes.c_int * (len(data) - 10)
except ValueError as e:
    print("ValueError", e)

# A pointer into a buffer, moved with .contents, read through indexing.
buffer = (ctypes.c_int * 3)(10, 20, 30)
p = ctypes.pointer(ctypes.c_int(5))
print("pointer", p.contents.value, p[0], bool(p))
second = ctypes.c_int(42)
p.contents = second
second.value = 43
print("retargeted", p.contents.value, p[0])
q = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_int))
print("cast", q[0], q[2])
null = ctypes.POINTER(ctypes.c_int)()
print("null", bool(null))
try:
    print(null[0])
except ValueError as e:
    print("ValueError", e)
try:
    print(null.contents)
except ValueError as e:
    print("ValueError", e)

# Casts to c_char_p and c_void_p; a pointer result from memchr.
text = ctypes.create_string_buffer(b"hello, world")
at = libc.strchr(text, ord(","))
print("strchr", at is not None, ctypes.cast(at, ctypes.c_char_p).value)
print("no match", libc.strchr(text, ord("z")))
hit = libc.memchr(text, ord("w"), len(text))
print("memchr", bool(hit), bytes([hit[0], hit[1]]))

# A char array field, an anonymous union member, a pointer field.
record = Record()
record.name = b"krait"
record.i = 7
target = ctypes.c_int(99)
record.next = ctypes.pointer(target)
print("record", record.name, record.i, record.u.i, record.next[0])
record.f = 1.5
print("union", record.f, record.u.f)
try:
    record.name = b"far too long"
except ValueError as e:
    print("ValueError", e)


# A NULL function pointer is falsy; one prototype type per signature.
def by_value(a, b):
    x = ctypes.cast(a, ctypes.POINTER(ctypes.c_int))[0]
    y = ctypes.cast(b, ctypes.POINTER(ctypes.c_int))[0]
    return (x > y) - (x < y)


compare = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(by_value)
nothing = CMPFUNC()
print("null callback", bool(nothing))
numbers = (ctypes.c_int * 6)(5, -1, 4, 1, 3, 2)
libc.qsort(numbers, len(numbers), ctypes.sizeof(ctypes.c_int), compare)
print("sorted", list(numbers))
