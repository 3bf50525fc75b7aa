class Fraction:
    def __init__(self, num, den):
        self.num = num
        self.den = den

    def __str__(self):
        return str(self.num) + "/" + str(self.den)

    def __repr__(self):
        return "Fraction(" + str(self.num) + ", " + str(self.den) + ")"

f = Fraction(3, 4)
print(f)
print(str(f), repr(f))
print([f, Fraction(1, 2)])
print("value: %s" % f, f"{f}", f"{f!r}")
