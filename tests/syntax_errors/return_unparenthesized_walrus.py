def f():
    return y := 1
