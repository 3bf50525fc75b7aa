# An OSError from open() names the file, with errno and strerror.
def load(path):
    with open(path) as f:
        return f.read()


print("loading")
print(load("no-such-file.txt"))
