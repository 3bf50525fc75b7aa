TOTAL = 0
CALLS = 0
names = []

def record(name, amount):
    global TOTAL, CALLS
    TOTAL += amount
    CALLS += 1
    names.append(name)

record("a", 10)
record("b", 25)
record("c", -5)
print(TOTAL, CALLS, names)
def average():
    return TOTAL / CALLS
print(average())
