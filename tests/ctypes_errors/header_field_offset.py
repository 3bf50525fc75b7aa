import ctypes

libc = ctypes.CDLL(None)  # krait: c-header shapes.h


class point(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("tag", ctypes.c_char), ("x", ctypes.c_int), ("y", ctypes.c_int)]


p = point(b"a", 1, 2)
print(p.x + p.y)
