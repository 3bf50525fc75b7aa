status = 0


def fail(reason):
    global status
    status = reason


fail("disk full")
print(status)
