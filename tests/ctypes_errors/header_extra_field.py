import ctypes

libc = ctypes.CDLL(None)  # krait: c-header shapes.h


# A field C does not have (padding would be named '_...').
class point(ctypes.Structure):
    _fields_ = [("tag", ctypes.c_char), ("x", ctypes.c_int), ("y", ctypes.c_int), ("z", ctypes.c_int)]


p = point(b"a", 1, 2, 3)
print(p.x + p.y + p.z)
