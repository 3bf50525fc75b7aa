# The format-spec mini-language through format(), str.format, f-strings and
# % with tuples and dicts.


def main() -> None:
    n = 1234567.891
    i = -9876543
    print(format(n, ","), format(n, "_.2f"), format(i, "_"), format(i, ","), format(255, "#x"))
    print(format(0.000123, "e"), format(0.000123, ".3g"), format(123456789.0, "g"), format(0.25, "%"))
    print(format("text", "^12"), format("text", "*>8"), format(42, "+06d"), format(-42, "=+8"))
    print(f"{n:>20,.3f}|{i:<15_}|{3.14159:^10.2f}|{'x'!r:>5}|{'é'!a}")
    width, prec = 12, 4
    print(f"{n:{width}.{prec}f}|{i:{width}}|{'ab':{'>'}{width}}")
    print("{0:>8} {1:08.3f} {0!r} {2:b} {2:o} {2:X}".format("id", 3.14159, 2024))
    print("{name:*^11}|{value:+.1e}".format(name="krait", value=12345.678))
    print("%5d|%-5d|%05.1f|%x|%o|%e|%g|%s|%r" % (42, 42, 2.25, 255, 8, 1234.5, 0.00001, "s", "r"))
    print("%(name)s wrote %(lang)s" % {"name": "Ada", "lang": "notes"})
    print("%(age)d years, %(ratio).2f%%" % {"age": 36.0, "ratio": 99.5})
    print("%c%c" % (75, 33), "%3s|%-3s|" % ("a", "b"), "%+.3d" % 7)
    for v in [0.0, 1.0, -1.0, 1e16, 1.5e-7, float("inf"), -0.0]:
        print(f"{v:g} {v:.3} {v!s} {v:10.4e}")
    print(f"{12345678:,d} {1234.5:,.1f} {-1234:08,d} {True:d} {False!s:>6}")


main()
