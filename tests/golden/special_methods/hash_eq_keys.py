# Instances with __hash__ and __eq__ as dict keys and set items: equal
# objects are one key, and iteration order follows the hashes as in CPython.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name.lower() == other.name.lower()

    def __hash__(self):
        return len(self.name)

    def __repr__(self):
        return "Tag(%r)" % self.name


points = {Point(1, 2), Point(1, 2), Point(3, 4), Point(-1, 0), Point(3, 4)}
print(len(points), points)
visits = {}
for p in [Point(0, 0), Point(1, 1), Point(0, 0), Point(2, 5), Point(1, 1), Point(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(Point(2, 5) in visits, Point(5, 2) in visits, visits[Point(1, 1)])
tags = set()
for word in ["Red", "red", "BLUE", "green", "Blue", "GREEN", "x"]:
    tags.add(Tag(word))
print(sorted(t.name for t in tags))
print(Tag("RED") in tags, Tag("pink") in tags, len(tags))
print(hash(Point(1, 2)) == hash((1, 2)), {Tag("a"): 1, Tag("A"): 2})
