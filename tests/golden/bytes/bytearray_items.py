"""Item and slice assignment and deletion on a bytearray."""

ba = bytearray(b"hello world")
ba[0] = 72
ba[-1] = ord("D")
print(ba)
try:
    ba[1] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    ba[50] = 1
except IndexError as e:
    print("IndexError:", e)
ba[0:5] = b"HOWDY"
print(ba)
ba[5:6] = b"___"
print(ba)
ba[:0] = bytearray(b">>")
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
del ba[0]
del ba[-1]
print(ba)
del ba[::3]
print(ba)
del ba[2:5]
print(ba, len(ba))
