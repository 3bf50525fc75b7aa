# A C header named in a comment CPython ignores: Krait reads it, checks the
# declarations below against it, and takes the prototypes of the functions
# that set no argtypes from it (labs takes a long, strtol a char ** ...).
import ctypes

libc = ctypes.CDLL(None)  # krait: c-header stdlib.h, string.h
libc.labs.restype = ctypes.c_long
libc.strtol.restype = ctypes.c_long
libc.strlen.argtypes = [ctypes.c_char_p]
libc.strlen.restype = ctypes.c_size_t


class div_t(ctypes.Structure):
    _fields_ = [("quot", ctypes.c_int), ("rem", ctypes.c_int)]


libc.div.argtypes = [ctypes.c_int, ctypes.c_int]
libc.div.restype = div_t


def main():
    print(libc.labs(-5), libc.labs(123456))
    print(libc.strtol(b"0x1f", None, 16), libc.strtol(b"-42", None, 10))
    print(libc.strlen(b"header"))
    d = libc.div(47, 5)
    print(d.quot, d.rem, ctypes.sizeof(div_t))


main()
