class Base:
    def __init__(self, name):
        self.name = name
        self.level = 0

    def greet(self):
        return "base " + self.name

    def run(self):
        return self.greet() + " at level " + str(self.level)

class Middle(Base):
    def greet(self):
        return "middle " + self.name

class Leaf(Middle):
    def run(self):
        self.level += 1
        return "leaf: " + self.greet()

objs = [Base("a"), Middle("b"), Leaf("c")]
for o in objs:
    print(o.run())
    print(isinstance(o, Base), isinstance(o, Middle), isinstance(o, Leaf))
print(objs[2].level)
