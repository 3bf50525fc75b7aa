def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

for c in range(-40, 101, 20):
    print("%4d C = %6.1f F" % (c, c_to_f(c)))
for f in [0.0, 32.0, 98.6, 212.0]:
    print(f, "F =", round(f_to_c(f), 3), "C")
