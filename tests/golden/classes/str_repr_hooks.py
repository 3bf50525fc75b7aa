class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%d)" % self.x
class Q(P):
    def __str__(self):
        return "Q" + str(self.x)
ps = [P(1), Q(2)]
print(ps)
for p in ps:
    print(p, str(p), repr(p), f"{p}!")
print("%s and %r" % (ps[1], ps[1]))
