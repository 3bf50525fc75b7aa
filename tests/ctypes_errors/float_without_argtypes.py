import ctypes

libm = ctypes.CDLL("libm.so.6")

print(libm.floor(2.5))
