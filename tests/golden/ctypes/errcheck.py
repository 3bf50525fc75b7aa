# errcheck: a Python function that sees each call's result and arguments,
# and whose return value is the call's value (or raises).
import ctypes

libc = ctypes.CDLL(None)


class CError(Exception):
    pass


def checked(result, func, arguments):
    if result < 0:
        raise CError("call with " + str(arguments) + " failed: " + str(result))
    return result * 10


def none_check(result, func, arguments):
    return len(arguments)


libc.atoi.argtypes = [ctypes.c_char_p]
libc.atoi.errcheck = checked
libc.srand.argtypes = [ctypes.c_uint]
libc.srand.restype = None
libc.srand.errcheck = none_check


def main():
    print(libc.atoi(b"42"))
    print(libc.srand(7))
    try:
        libc.atoi(b"-5")
    except CError as e:
        print("error:", e)


main()
