# The ctypes call benchmark: n calls of a C function from a loop. The
# library is found through LD_LIBRARY_PATH (bench/run_ctypes_calls.py).
import ctypes
import sys

lib = ctypes.CDLL("libkraitbench.so")
lib.kb_step.argtypes = [ctypes.c_long, ctypes.c_long]
lib.kb_step.restype = ctypes.c_long


def main(n):
    acc = 0
    for i in range(n):
        acc = lib.kb_step(acc, i)
    print(acc)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
