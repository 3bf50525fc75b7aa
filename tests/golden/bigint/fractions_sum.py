def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


class Frac:
    def __init__(self, num: int, den: int) -> None:
        g = gcd(abs(num), abs(den))
        self.num = num // g
        self.den = den // g

    def add(self, other: "Frac") -> "Frac":
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    def __str__(self) -> str:
        return str(self.num) + "/" + str(self.den)


h = Frac(0, 1)
for k in range(1, 60):
    h = h.add(Frac(1, k))
print(h)
print(h.num / h.den)
e = Frac(0, 1)
f = 1
for k in range(0, 30):
    if k > 0:
        f *= k
    e = e.add(Frac(1, f))
print(e, e.num / e.den)
