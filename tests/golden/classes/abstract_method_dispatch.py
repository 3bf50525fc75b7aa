# A method a subclass does not override raises NotImplementedError when
# called through the base class (the call is not dropped).
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("area of " + self.name)
    def describe(self):
        return "%s area %.2f" % (self.name, self.area())

class Rect(Shape):
    def area(self):
        return 6

class Blob(Shape):
    pass

for s in [Rect("r"), Blob("b")]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NIE", e)
