def describe(name, age=0, city="nowhere"):
    return "%s (%d) from %s" % (name, age, city)

print(describe("ann"))
print(describe("bob", 30))
print(describe("cy", city="Lima"))
print(describe(age=5, name="dee"))
print(describe("eve", 41, "Oslo"))
