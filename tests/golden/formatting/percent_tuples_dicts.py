# %-formatting with single values, tuples and dicts: %s %r %d %i %f %e %g %x %o %c %%, widths and flags

name = "Widget"
qty = 7
price = 3.456
print("%s costs %.2f" % (name, price))
print("%d x %s = %.3f" % (qty, name, qty * price))
print("%5d|%-5d|%05d|%+d" % (qty, qty, qty, qty))
print("%8.3f|%-8.2f|%08.2f|%+.1f" % (price, price, price, -price))
print("%e %E %g %G" % (12345.678, 0.000123, 12345.678, 0.000001234))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c%c" % (72, 105, 33), "%c" % "Z")
print("%r %s" % ("quote", "quote"), "%r" % (["b", "a"],))
print("100%% done, %s" % "ok", "%%d" % ())
print("%s" % 42, "%s" % 2.5, "%s" % True, "%s" % None, "%s" % [1, 2])
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
record = {"visits": 12, "ratio": 0.4567}
who = {"user": "ann", "city": "oslo"}
print("%(user)s from %(city)s" % who, "visited %(visits)d times (%(ratio).1f)" % record)
print("%(user)-8s|%(city)5s|" % who + "%(visits)04d|%(ratio)8.3f" % record)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125)]
for r in rows:
    print("%-6s %4d %8.2f" % r)
line = "%s=%d" % ("x", 3) + ", " + "%s=%d" % ("y", 4)
print(line)
print("%i %d" % (3.99, -3.99), "%.0f %.0f" % (0.5, 1.5))
try:
    print("%d" % "nope")
except TypeError as e:
    print("TypeError:", e)
