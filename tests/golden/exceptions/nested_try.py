log = []
def f(n):
    try:
        try:
            if n == 1:
                raise KeyError("inner")
            if n == 2:
                raise ValueError("mid")
            log.append("ok")
        except KeyError:
            log.append("inner handler")
            raise IndexError("converted")
        finally:
            log.append("inner finally")
    except IndexError as e:
        log.append("outer handler " + str(e))
    except ValueError as e:
        log.append("value " + str(e))

for n in range(3):
    f(n)
print(log)
