import ctypes

libc = ctypes.CDLL(None)  # krait: c-header shapes.h


class point(ctypes.Structure):
    _fields_ = [("tag", ctypes.c_char), ("x", ctypes.c_int), ("y", ctypes.c_int)]


class rect(ctypes.Structure):
    _fields_ = [("corner", point), ("area", ctypes.c_float)]


print(ctypes.sizeof(rect))
