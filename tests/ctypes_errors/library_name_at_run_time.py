import ctypes
import sys

libc = ctypes.CDLL(sys.argv[0])
