# raise ... from None suppresses the context; raise ... from e sets the
# cause; ConnectionError and its subclasses are OSErrors.


def f():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None


try:
    f()
except ValueError as e:
    print(e.__cause__ is None, e.__suppress_context__, e.__context__ is not None)


def g():
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k


try:
    g()
except ValueError as e:
    cause = e.__cause__
    if cause is not None:
        print(type(cause).__name__, cause, e.__suppress_context__)

try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__ is None, e.__suppress_context__)

for exc in [ConnectionError("down"), ConnectionResetError("reset"), BrokenPipeError("pipe"),
            ConnectionRefusedError("refused"), ConnectionAbortedError("aborted")]:
    try:
        raise exc
    except ConnectionError as e:
        print(type(e).__name__, e, isinstance(e, OSError))
try:
    raise ConnectionRefusedError("no")
except OSError as e:
    print("OSError caught:", e)
f()
