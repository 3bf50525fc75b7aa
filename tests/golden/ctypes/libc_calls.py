# The C library through ctypes: strings in and out, a string buffer,
# variadic calls, out-parameters through POINTER(c_long), and qsort with a
# Python comparison function as its callback.
import ctypes

libc = ctypes.CDLL(None)
libc.strlen.argtypes = [ctypes.c_char_p]
libc.strlen.restype = ctypes.c_size_t
libc.getenv.argtypes = [ctypes.c_char_p]
libc.getenv.restype = ctypes.c_char_p
libc.setenv.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
libc.time.argtypes = [ctypes.POINTER(ctypes.c_long)]
libc.time.restype = ctypes.c_long
libc.abs.argtypes = [ctypes.c_int]

CMPFUNC = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
calls = [0]


def by_value(a, b):
    calls[0] += 1
    return a[0] - b[0]


def descending(a, b):
    return b.contents.value - a.contents.value


ascending_cmp = CMPFUNC(by_value)
descending_cmp = CMPFUNC(descending)
libc.qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMPFUNC]
libc.qsort.restype = None

IntArray8 = ctypes.c_int * 8


def show(arr):
    return [arr[i] for i in range(len(arr))]


def main():
    for s in [b"", b"krait", b"hello, world"]:
        print(s, libc.strlen(s))
    print(libc.getenv(b"KRAIT_GOLDEN_SURELY_UNSET"))
    print(libc.setenv(b"KRAIT_GOLDEN_VAR", b"set by ctypes", 1))
    print(libc.getenv(b"KRAIT_GOLDEN_VAR"))
    print(libc.abs(-42), libc.abs(7))

    buf = ctypes.create_string_buffer(64)
    n = libc.snprintf(buf, 64, b"%d items at %s", 42, b"home")
    print(n, buf.value, len(buf))
    n = libc.snprintf(buf, 64, b"%.3f|%5d|%c", ctypes.c_double(2.5), -17, 65)
    print(n, buf.value)
    small = ctypes.create_string_buffer(b"abc")
    print(len(small), small.raw, small.value, small[1])
    small.value = b"xy"
    print(small.raw)

    now = ctypes.c_long()
    t = libc.time(ctypes.byref(now))
    print(t == now.value, t > 1600000000, libc.time(None) >= t)

    arr = IntArray8(5, 1, 4, 2, 8, 6, 3, 7)
    libc.qsort(arr, len(arr), ctypes.sizeof(ctypes.c_int), ascending_cmp)
    print(show(arr), calls[0] > 0)
    libc.qsort(arr, len(arr), ctypes.sizeof(ctypes.c_int), descending_cmp)
    print(show(arr))
    arr[0] = 100
    print(arr[0], arr[-1], ctypes.sizeof(arr), ctypes.sizeof(IntArray8))
    print(list(arr), sum(arr), max(arr))
    total = 0
    for value in arr:
        total += value
    print(total, [b for b in small], ctypes.create_string_buffer(3).raw)


main()
