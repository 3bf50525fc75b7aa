# any() and all() test the truth of instances with their class's __bool__,
# or __len__() != 0, stopping at the first item that decides.


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


class Loud(Flag):
    def __bool__(self):
        print("asked", self.on)
        return self.on


flags = [Flag(True), Flag(False), Flag(True)]
print(all(flags), any(flags))
print(all([Flag(True), Flag(True)]), any([Flag(False)]))
bags = [Bag(0), Bag(2)]
print(all(bags), any(bags), any([Bag(0)]), all([Bag(1), Bag(3)]))
print(all([Plain()]), any([Plain(), Plain()]))
print(any([Loud(False), Loud(True), Loud(True)]), all([Loud(True), Loud(False), Loud(True)]))
print(any(f for f in flags if not f.on), all(b for b in bags if b.n))
mixed = [Flag(True), Loud(False)]
print(all(mixed), any(mixed))
print(all([]), any([]))
