import ctypes

libc = ctypes.CDLL(None)
CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))


def compare(a, b):
    return "less" if a[0] < b[0] else "more"


cmp = CMP(compare)
libc.qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMP]
libc.qsort.restype = None
values = (ctypes.c_int * 3)(3, 1, 2)
libc.qsort(values, 3, 4, cmp)
