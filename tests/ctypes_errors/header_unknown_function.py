import ctypes

libm = ctypes.CDLL("libm.so.6")  # krait: c-header math.h
libm.cosine.argtypes = [ctypes.c_double]
libm.cosine.restype = ctypes.c_double
