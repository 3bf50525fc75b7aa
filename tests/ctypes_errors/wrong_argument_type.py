import ctypes

libm = ctypes.CDLL("libm.so.6")
libm.cos.argtypes = [ctypes.c_double]
libm.cos.restype = ctypes.c_double

print(libm.cos(b"0.5"))
