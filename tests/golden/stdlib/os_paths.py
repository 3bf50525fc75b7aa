# os.path's string functions (posixpath's rules), and os: the working
# directory, files and directories, listdir, the environment, and the
# errors of failing calls.
import os
import os.path

for a, b in [("a", "b"), ("a/", "b"), ("/abs", "c"), ("", "x"), ("a", ""), ("a", "/b")]:
    print(repr(a), repr(b), "->", repr(os.path.join(a, b)))
print(os.path.join("dir", "sub", "f.txt"), os.path.join("a"), os.path.join("a", "/abs", "c"))
for p in ["/usr/lib/python3", "file.tar.gz", ".bashrc", "dir.d/file", "a/b/", "//x", "/", "", "...", "a/.hidden.txt"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["a//b/./c/../d", "/../x", "../../y", "./", "//a/b", "///a", "", "a/.."]:
    print(repr(p), "->", repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.sep, os.path.isabs(os.getcwd()))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"))

base = "krait_os_test"
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(base, name), "w") as f:
        f.write("x" * len(name))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "c.log")))
os.rename(os.path.join(base, "c.log"), os.path.join(base, "d.log"))
print(sorted(name for name in os.listdir(base) if name.endswith(".log")))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.rmdir(base)
except OSError as e:
    print("OSError:", e.__class__.__name__)
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
for call in ["listdir", "remove", "getsize", "rename"]:
    try:
        if call == "listdir":
            os.listdir("no_such_dir")
        elif call == "remove":
            os.remove("no_such_file")
        elif call == "getsize":
            os.path.getsize("no_such_file")
        else:
            os.rename("no_such_file", "other")
    except FileNotFoundError as e:
        print(call, "FileNotFoundError:", e)

print(os.environ.get("KRAIT_SURELY_UNSET", "unset"), os.getenv("KRAIT_SURELY_UNSET") is None)
os.environ["KRAIT_SET_HERE"] = "yes"
print(os.environ["KRAIT_SET_HERE"], os.getenv("KRAIT_SET_HERE", "no"), "KRAIT_SET_HERE" in os.environ)
print(os.getpid() > 0)
