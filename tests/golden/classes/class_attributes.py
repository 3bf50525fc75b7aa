class Config:
    DEFAULT_SIZE = 10

    def __init__(self, name):
        self.name = name
        self.size = Config.DEFAULT_SIZE
        self.enabled = False

    def enable(self):
        self.enabled = True
        return self

c = Config("main")
print(c.name, c.size, c.enabled)
c.enable()
c.size = 20
print(c.size, c.enabled, Config.DEFAULT_SIZE)
