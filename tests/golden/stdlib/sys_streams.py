# sys.stdin, sys.stdout and sys.stderr as file objects (write, flush,
# readline, iteration), sharing stdin with input() and stdout with print();
# print(file=...) to them and to a file from open().
import sys

n = sys.stdout.write("written ")
print(n)
sys.stdout.write("no newline, then print\n")
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
first = sys.stdin.readline()
print(repr(first))
second = input()
print(repr(second))
rest = []
for line in sys.stdin:
    rest.append(line.rstrip("\n"))
print(rest, repr(sys.stdin.readline()), repr(sys.stdin.read()))
print("end", file=sys.stdout, flush=True)
with open("krait_streams_out.txt", "w") as f:
    print("into", "file", sep="-", file=f)
    f.write("second\n")
    f.flush()
with open("krait_streams_out.txt") as f:
    print(repr(f.read()))
out = sys.stdout
for stream in [sys.stdout, out]:
    stream.write("via a variable\n")
print("done", file=None)
