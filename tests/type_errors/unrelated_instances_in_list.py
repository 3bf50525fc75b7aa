class Cat:
    def speak(self):
        return "meow"


class Car:
    def speak(self):
        return "honk"


things = [Cat(), Car()]
for t in things:
    print(t.speak())
