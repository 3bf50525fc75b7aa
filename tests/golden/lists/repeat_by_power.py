# Repeating a sequence by a count computed with ** (an int at run time).
def table(bits):
    size = 2 ** bits
    row = [0] * size
    line = "-" * size
    return row, line


for b in range(4):
    row, line = table(b)
    print(len(row), line)
try:
    print([1] * 2 ** -1)
except TypeError as e:
    print("TypeError:", e)
