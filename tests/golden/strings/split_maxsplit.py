# split and rsplit with separators and maxsplit, splitlines, whitespace splitting edge cases

path = "usr/local/lib/python3.11/site-packages"
print(path.split("/"))
print(path.split("/", 1))
print(path.split("/", maxsplit=2))
print(path.rsplit("/", 1))
print(path.rsplit("/", maxsplit=2))
print(path.split("/", 0), path.split("/", -1) == path.split("/"))
spaced = "  alpha   beta\tgamma\n delta  "
print(spaced.split())
print(spaced.split(None, 1))
print(spaced.rsplit(None, 1))
print(spaced.split(" "))
print("a,b,,c,".split(","))
print("".split(","), "".split(), "   ".split())
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print("one::two::three".split("::"), "xyz".split("y"))
record = "2024-03-15T10:22:05"
date, time = record.split("T")
year, month, day = date.split("-")
hh, mm, ss = [int(x) for x in time.split(":")]
print(year, month, day, hh * 3600 + mm * 60 + ss)
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print(len(text.splitlines()), text.split("\n")[2])
csv_row = "name, age , city,  zip"
print([f.strip() for f in csv_row.split(",")])
filename = "archive.tar.gz"
stem, ext = filename.rsplit(".", 1)
print(stem, ext, filename.split(".", 1)[1])
cmd = "git commit -m first commit message"
verb, *args = cmd.split(maxsplit=3)
print(verb, args)
