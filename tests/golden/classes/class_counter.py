class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        self.history = []

    def tick(self):
        self.history.append(self.value)
        self.value += self.step
        return self.value

    def reset(self):
        self.value = 0
        self.history = []

c = Counter()
for _ in range(3):
    c.tick()
print(c.value, c.history)
d = Counter(10, -2)
d.tick()
d.tick()
print(d.value, d.history)
c.reset()
print(c.value, c.history)
