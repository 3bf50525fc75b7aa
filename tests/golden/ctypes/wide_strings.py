# c_wchar and c_wchar_p: str to wchar_t (UTF-32 on Linux) and back, through
# libc's wide-string functions.
import ctypes

libc = ctypes.CDLL(None)
libc.wcslen.argtypes = [ctypes.c_wchar_p]
libc.wcslen.restype = ctypes.c_size_t
libc.wcschr.argtypes = [ctypes.c_wchar_p, ctypes.c_wchar]
libc.wcschr.restype = ctypes.c_wchar_p
libc.wcscmp.argtypes = [ctypes.c_wchar_p, ctypes.c_wchar_p]
libc.wcscmp.restype = ctypes.c_int
libc.towupper.argtypes = [ctypes.c_wchar]
libc.towupper.restype = ctypes.c_wchar

for text in ["krait", "日本語", "naïve café", ""]:
    print(repr(text), libc.wcslen(text))
print(libc.wcschr("hello wörld", "w"), libc.wcschr("abc", "z"))
print(libc.wcscmp("abc", "abd") < 0, libc.wcscmp("same", "same"))
print(libc.towupper("q"), libc.towupper("1"))

letter = ctypes.c_wchar("é")
word = ctypes.c_wchar_p("snake")
empty = ctypes.c_wchar_p()
print(letter.value, word.value, empty.value, ctypes.sizeof(ctypes.c_wchar))
word.value = "kraït"
print(word.value, libc.wcslen(word))
try:
    ctypes.c_wchar("ab")
except TypeError as e:
    print("TypeError", e)
