# ctypes Structures and Unions: struct results by value (div), structs
# filled through pointers (gmtime_r), nested structs, arrays in structs,
# unions, bit fields, _pack_, and sizeof as C lays them out.
import ctypes

libc = ctypes.CDLL(None)


class DivT(ctypes.Structure):
    _fields_ = [("quot", ctypes.c_int), ("rem", ctypes.c_int)]


class Tm(ctypes.Structure):
    _fields_ = [
        ("tm_sec", ctypes.c_int),
        ("tm_min", ctypes.c_int),
        ("tm_hour", ctypes.c_int),
        ("tm_mday", ctypes.c_int),
        ("tm_mon", ctypes.c_int),
        ("tm_year", ctypes.c_int),
        ("tm_wday", ctypes.c_int),
        ("tm_yday", ctypes.c_int),
        ("tm_isdst", ctypes.c_int),
        ("tm_gmtoff", ctypes.c_long),
        ("tm_zone", ctypes.c_char_p),
    ]


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


class Polygon(ctypes.Structure):
    _fields_ = [("count", ctypes.c_ubyte), ("corners", Point * 4), ("origin", Point)]


class Number(ctypes.Union):
    _fields_ = [("i", ctypes.c_uint), ("f", ctypes.c_float), ("b", ctypes.c_ubyte * 4)]


class Flags(ctypes.Structure):
    _fields_ = [("ready", ctypes.c_uint, 1), ("mode", ctypes.c_uint, 3), ("count", ctypes.c_uint, 12)]


class Packed(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("tag", ctypes.c_char), ("value", ctypes.c_int), ("extra", ctypes.c_short)]


libc.div.argtypes = [ctypes.c_int, ctypes.c_int]
libc.div.restype = DivT
libc.gmtime_r.argtypes = [ctypes.POINTER(ctypes.c_long), ctypes.POINTER(Tm)]
libc.gmtime_r.restype = ctypes.POINTER(Tm)
libc.strtol.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int]
libc.strtol.restype = ctypes.c_long


def main():
    for a, b in [(17, 5), (-17, 5), (100, 7)]:
        d = libc.div(a, b)
        print(a, b, d.quot, d.rem)

    when = ctypes.c_long(1700000000)
    tm = Tm()
    result = libc.gmtime_r(ctypes.byref(when), ctypes.byref(tm))
    print(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)
    print(tm.tm_wday, tm.tm_yday, tm.tm_zone, result.contents.tm_year)
    print(bool(result))

    rest = ctypes.c_char_p()
    print(libc.strtol(b"123abc", ctypes.byref(rest), 10), rest.value)
    print(libc.strtol(b"ff", None, 16))

    poly = Polygon()
    poly.count = 3
    poly.corners[0].x = 1.5
    poly.corners[1].y = -2.0
    poly.origin.x = 10.0
    corner = poly.corners[1]
    corner.x = 4.25
    print(poly.count, poly.corners[0].x, poly.corners[1].x, poly.corners[1].y, poly.origin.x)
    print(len(poly.corners), ctypes.sizeof(Polygon), ctypes.sizeof(Point), ctypes.sizeof(poly))
    print([c.x for c in poly.corners], [round(c.y, 1) for c in poly.corners])
    p = Point(3.0, y=4.0)
    print(p.x, p.y)

    n = Number()
    n.f = 1.0
    print(hex(n.i), n.b[3], ctypes.sizeof(Number))
    n.i = 0x01020304
    print([n.b[k] for k in range(4)])

    flags = Flags()
    flags.ready = 1
    flags.mode = 5
    flags.count = 4095
    print(flags.ready, flags.mode, flags.count, ctypes.sizeof(Flags))
    flags.mode = 9
    print(flags.mode)

    packed = Packed(b"k", 1234, -2)
    print(packed.tag, packed.value, packed.extra, ctypes.sizeof(Packed))


main()
