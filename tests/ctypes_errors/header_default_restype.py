import ctypes

libm = ctypes.CDLL("libm.so.6")  # krait: c-header math.h
libm.sqrt.argtypes = [ctypes.c_double]

print(libm.sqrt(2.0))
