# order of try/except/else/finally blocks, finally overriding control flow, exceptions in handlers

trace = []


def step(name, fail):
    trace.append("start " + name)
    try:
        if fail:
            raise ValueError(name)
        trace.append("body ok " + name)
    except ValueError as e:
        trace.append("except " + str(e))
    else:
        trace.append("else " + name)
    finally:
        trace.append("finally " + name)
    trace.append("after " + name)


step("a", False)
step("b", True)
for t in trace:
    print(t)


def returns_from_finally():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")


print(returns_from_finally())


def handler_raises():
    try:
        try:
            int("x")
        except ValueError:
            raise KeyError("from handler")
        finally:
            print("inner finally")
    except KeyError as e:
        return "caught " + str(e)
    return "unreachable"


print(handler_raises())


def nested(n):
    out = []
    try:
        try:
            if n == 0:
                raise IndexError("zero")
            out.append("inner ok")
        finally:
            out.append("inner finally")
        if n == 1:
            raise RuntimeError("one")
        out.append("outer ok")
    except IndexError as e:
        out.append("index " + str(e))
    except RuntimeError as e:
        out.append("runtime " + str(e))
    finally:
        out.append("outer finally")
    return out


for n in range(3):
    print(n, nested(n))
