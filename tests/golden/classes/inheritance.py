class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return self.name + " says " + self.speak()

class Dog(Animal):
    def speak(self):
        return "woof"

class Cat(Animal):
    def __init__(self, name, lives):
        super().__init__(name)
        self.lives = lives

    def speak(self):
        return "meow"

animals = [Dog("rex"), Cat("tom", 9), Animal("thing")]
for a in animals:
    print(a.describe())
c = Cat("kit", 7)
print(c.name, c.lives)
print(isinstance(c, Cat), isinstance(c, Animal), isinstance(c, Dog))
