class Box:
    def __init__(self, items):
        self.items = items

    def pick(self, i):
        return self.items[i] * 2

def ratio(a, b):
    return a / b

def main():
    b = Box([1, 2, 3])
    print(b.pick(1))
    d = {"x": 1}
    try:
        print(d["y"])
    except KeyError as e:
        print("missing", e)
    print(ratio(1.0, 2.0))
    print(b.pick(1) + b.pick(7))

main()
