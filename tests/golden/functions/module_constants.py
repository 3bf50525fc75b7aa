WIDTH = 8
HEIGHT = 4
FILL = "#"
EMPTY = "."

def row(i):
    return "".join([FILL if (i + j) % 3 == 0 else EMPTY for j in range(WIDTH)])

def draw():
    for i in range(HEIGHT):
        print(row(i))

draw()
print(WIDTH * HEIGHT)
