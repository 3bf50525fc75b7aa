# Text files: open() in each mode, reading whole, by line and by iteration,
# universal newlines, with-statements (also left by an exception), and the
# errors CPython raises.
def write_lines(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")


write_lines("out.txt", ["alpha", "beta gamma", "", "delta"])
with open("out.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
f = open("out.txt", "r")
print(repr(f.readline()))
print(f.readlines())
f.close()
f = open("out.txt", encoding="utf-8")
text = f.read()
f.close()
print(len(text), text.split())
n = 0
with open("out.txt", "a") as f:
    n = f.write("épsilon\r\nzeta\r")
print(n)
with open("out.txt") as f:
    print(f.read().splitlines())
try:
    open("missing.txt")
except FileNotFoundError as e:
    print("error:", e)
try:
    f.read()
except ValueError as e:
    print("error:", e)
try:
    with open("out.txt") as g:
        print(g.readline().strip())
        raise KeyError("inside")
except KeyError as e:
    print("caught", e)
