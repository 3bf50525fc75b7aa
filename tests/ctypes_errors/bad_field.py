import ctypes


class Pair(ctypes.Structure):
    _fields_ = [("first", ctypes.c_int), ("second", ctypes.c_int)]


p = Pair(1, 2)
print(p.third)
