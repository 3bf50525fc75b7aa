# `from ctypes import *`, as much ctypes code is written; errno through
# use_errno=True and get_errno().
from ctypes import *

libc = CDLL(None, use_errno=True)
libc.labs.argtypes = [c_long]
libc.labs.restype = c_long
libc.strtoul.argtypes = [c_char_p, POINTER(c_char_p), c_int]
libc.strtoul.restype = c_ulong
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
libc.strtol.restype = c_long
libc.close.argtypes = [c_int]

ERANGE = 34
EBADF = 9


def main():
    print(libc.labs(-123456789012), sizeof(c_long), sizeof(c_int), sizeof(c_short))
    print(libc.strtoul(b"4294967295", None, 10), get_errno())
    print(libc.strtol(b"99999999999999999999999", None, 10), get_errno() == ERANGE)
    set_errno(0)
    print(libc.close(-1), get_errno() == EBADF)
    values = (c_ubyte * 4)(1, 2, 255, 256 % 256)
    print(list(values), sizeof(values))
    print(c_ubyte(300).value, c_byte(200).value, c_ushort(-1).value, c_int(2**31).value)
    print(c_double(1).value, c_float(0.1).value, c_bool(5).value, c_char(b"z").value)


main()
