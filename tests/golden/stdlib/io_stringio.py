# io.StringIO: an in-memory text file (write, getvalue, read, readline,
# iteration, print(file=...), with), and its errors once closed.
import io

buf = io.StringIO()
n = buf.write("hello ")
buf.write("world\n")
print("second line", file=buf)
print(n, repr(buf.getvalue()))

src = io.StringIO("alpha\nbeta\n\ngamma")
print(repr(src.readline()), repr(src.readline()))
print([line for line in src])
print(repr(src.read()), repr(src.readline()))

again = io.StringIO("one\ntwo\n")
print(again.readlines(), repr(again.getvalue()))
over = io.StringIO("abcdef")
over.write("XY")
print(repr(over.getvalue()), repr(over.read()))
over.write("!")
print(repr(over.getvalue()))


def render(rows):
    out = io.StringIO()
    for name, score in rows:
        out.write(f"{name:<6}{score:>4}\n")
    return out.getvalue()


print(render([("ann", 12), ("bob", 7)]), end="")
with io.StringIO() as tmp:
    tmp.write("inside")
    print(tmp.getvalue())
try:
    tmp.getvalue()
except ValueError as e:
    print("ValueError:", e)
text = io.StringIO("naïve\ncafé\n")
print(text.read(), end="")
