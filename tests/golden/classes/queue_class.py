class RingBuffer:
    def __init__(self, capacity):
        self.data = [0] * capacity
        self.capacity = capacity
        self.start = 0
        self.size = 0

    def push(self, x):
        if self.size == self.capacity:
            self.data[self.start] = x
            self.start = (self.start + 1) % self.capacity
        else:
            self.data[(self.start + self.size) % self.capacity] = x
            self.size += 1

    def items(self):
        return [self.data[(self.start + i) % self.capacity] for i in range(self.size)]

rb = RingBuffer(4)
for i in range(1, 11):
    rb.push(i * i)
    print(i, rb.items())
