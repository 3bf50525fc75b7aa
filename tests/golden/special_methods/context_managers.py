# __enter__/__exit__ with `with`: normal exit, exceptions passing through, suppression, nesting


class Tag:
    depth = 0

    def __init__(self, name, out):
        self.name = name
        self.out = out

    def __enter__(self):
        self.out.append("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        self.out.append("  " * Tag.depth + "</" + self.name + ">")
        return False

    def text(self, s):
        self.out.append("  " * Tag.depth + s)


class Suppress:
    def __init__(self):
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.caught += 1
            return True
        return False


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("open " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("close " + self.name)
        return False


lines = []
with Tag("html", lines):
    with Tag("body", lines) as body:
        body.text("hello")
        with Tag("p", lines) as p:
            p.text("nested")
for line in lines:
    print(line)
guard = Suppress()
for d in [2, 0, 5, 0]:
    with guard:
        print(10 // d)
print("caught", guard.caught)
log = []
try:
    with Resource("a", log), Resource("b", log):
        log.append("work")
        raise ValueError("boom")
except ValueError as e:
    log.append("handled " + str(e))
print(log)


def first_line(log):
    with Resource("file", log):
        return "early"


log2 = []
print(first_line(log2), log2)
