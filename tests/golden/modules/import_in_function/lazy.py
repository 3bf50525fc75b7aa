print("lazy module body runs")
calls = 0


def value():
    global calls
    calls += 1
    return 42
