class Box:
    def __init__(self, width):
        self.width = width


b = Box(3)
if b.width > 10:
    print(b.width())
print(b.width)
