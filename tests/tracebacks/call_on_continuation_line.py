def ratio(a, b):
    return a / b
x = [ratio(1.0, 2.0),
     ratio(1.0, 0.0)]
