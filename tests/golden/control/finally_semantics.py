# finally clauses: ordering with return, nested try blocks, exceptions raised in except and else
log = []


def f1():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


def f2(x):
    try:
        try:
            if x == 0:
                raise ValueError("zero")
            return 10 // x
        finally:
            log.append("inner finally " + str(x))
    except ValueError as e:
        log.append("outer caught " + str(e))
        return -1
    finally:
        log.append("outer finally " + str(x))


def f3():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("converted")
    finally:
        log.append("f3 finally")


def f4(flag):
    try:
        log.append("f4 try")
    except Exception:
        log.append("never")
    else:
        log.append("f4 else")
        if flag:
            raise RuntimeError("from else")
    finally:
        log.append("f4 finally")
    return "f4 done"


print(f1(), log)
log.clear()
print(f2(5), f2(0), log)
log.clear()
try:
    f3()
except ValueError as e:
    print("error:", e, log)
log.clear()
print(f4(False), log)
log.clear()
try:
    f4(True)
except RuntimeError as e:
    print("error:", e, log)
