# libm through ctypes: argtypes/restype, byref out-parameters, c_int boxes.
import ctypes
import ctypes.util

libm = ctypes.CDLL(ctypes.util.find_library("m"))
libm.cos.argtypes = [ctypes.c_double]
libm.cos.restype = ctypes.c_double
libm.frexp.argtypes = [ctypes.c_double, ctypes.POINTER(ctypes.c_int)]
libm.frexp.restype = ctypes.c_double
libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]
libm.pow.restype = ctypes.c_double
libm.lround.argtypes = [ctypes.c_double]
libm.lround.restype = ctypes.c_long
libm.modf.argtypes = [ctypes.c_double, ctypes.POINTER(ctypes.c_double)]
libm.modf.restype = ctypes.c_double

cos = libm.cos


def main():
    for x in [0.0, 0.5, 1.0, 3.141592653589793, -2.25]:
        print(x, cos(x))
    exponent = ctypes.c_int()
    print("before:", exponent.value)
    for v in [1.0, 8.0, 0.3, -12.5, 1e300]:
        mantissa = libm.frexp(v, ctypes.byref(exponent))
        print(v, mantissa, exponent.value)
    print(libm.pow(2, 10), libm.pow(2.5, 0.5))
    print([libm.lround(x) for x in [0.5, 1.5, -2.5, 7.49]])
    whole = ctypes.c_double(99.0)
    frac = libm.modf(-3.75, ctypes.pointer(whole))
    print(frac, whole.value)
    whole.value = 1.25
    print(whole.value, bool(ctypes.c_int(0)), bool(ctypes.c_int(7)))


main()
