# comprehensions inside functions and methods referencing parameters, self and closures
class Roster:
    def __init__(self, names, scores):
        self.names = names
        self.scores = scores
        self.bonus = 5

    def passed(self, cutoff):
        return [n for n, s in zip(self.names, self.scores) if s >= cutoff]

    def curved(self):
        return [s + self.bonus for s in self.scores]

    def as_dict(self):
        return {n: s for n, s in zip(self.names, self.scores)}

    def initials(self):
        return "".join([n[0].upper() for n in self.names])


def scaled(values, factor):
    return [v * factor for v in values]


def make_filter(minimum):
    def apply(values):
        return [v for v in values if v >= minimum]

    return apply


def histogram(values, width):
    buckets = {b: 0 for b in range(0, 100, width)}
    for v in values:
        buckets[(v // width) * width] += 1
    return [f"{b:>2}-{b + width - 1:<2} " + "#" * c for b, c in buckets.items()]


r = Roster(["amy", "ben", "cal", "dot"], [88, 52, 71, 95])
print(r.passed(70))
print(r.passed(100))
print(r.curved())
print(r.as_dict())
print(r.initials())
r.bonus = 10
print(r.curved())
print(scaled([1, 2, 3], 3))
print(scaled([1, 2, 3], 0.5))
keep_big = make_filter(60)
print(keep_big(r.scores))
print(make_filter(90)([89, 90, 91]))
for line in histogram(r.scores, 25):
    print(line)
