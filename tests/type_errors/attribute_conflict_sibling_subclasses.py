class Animal:
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name)
        self.sound = "woof"


class Counter(Animal):
    def __init__(self, name):
        Animal.__init__(self, name)
        self.sound = 3


def noise(a):
    return a.sound


print(noise(Dog("rex")))
print(noise(Counter("one")))
