"""Errors from bytes operations, with CPython's messages."""

data = b"abc"
try:
    print(data[3])
except IndexError as e:
    print("IndexError:", e)
try:
    print(bytearray(data)[-4])
except IndexError as e:
    print("IndexError:", e)
try:
    print(bytes([1, 2, 300]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytearray([256]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    print(300 in data)
except ValueError as e:
    print("ValueError:", e)
try:
    print(data.split(b""))
except ValueError as e:
    print("ValueError:", e)
print(b"\xff\xfe".decode())
