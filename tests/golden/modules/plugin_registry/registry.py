table = {}
calls = []


def register(name):
    def decorate(f):
        table[name] = f
        return f
    return decorate


def call(name, arg):
    calls.append(name)
    if name not in table:
        return "<no plugin " + name + ">"
    return table[name](arg)


def names():
    return sorted(table)


def stats():
    counts = {}
    for c in calls:
        counts[c] = counts.get(c, 0) + 1
    return sorted(counts.items())
