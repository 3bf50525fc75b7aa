import ctypes

# krait: c-header math.h
libm = ctypes.CDLL("libm.so.6")
libm.pow.argtypes = [ctypes.c_double]
libm.pow.restype = ctypes.c_double

print(libm.pow(2.0))
