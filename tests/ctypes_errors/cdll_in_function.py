import ctypes


def load():
    return ctypes.CDLL("libm.so.6")


load()
