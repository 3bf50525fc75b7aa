def tracker():
    last = 0

    def record(value):
        nonlocal last
        last = value

    record(5)
    record("five")
    return last


print(tracker())
