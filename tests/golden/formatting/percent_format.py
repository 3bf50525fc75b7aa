name = "Ada"
age = 36
print("%s is %d years old" % (name, age))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %c" % (255, 255, 8, 65))
print("%.2f %10.3f %-10.1f|" % (3.14159, 2.71828, 1.5))
print("%s %r" % ("str", "str"))
print("%e %E" % (12345.678, 0.000123))
print("%d%%" % 50)
print("%+d %+d" % (5, -5))
print("%s" % [1, 2])
