import ctypes

libm = ctypes.CDLL("libm.so.6")  # krait: c-header math.h
libm.cos.argtypes = [ctypes.c_int]
libm.cos.restype = ctypes.c_double

print(libm.cos(0))
