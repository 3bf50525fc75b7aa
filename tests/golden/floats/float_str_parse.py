for s in ["1.5", "-0.25", "3", "1e5", "2.5E-3", "  7.0  ", "inf", "-inf", "0.1", "100000000000000000000.0"]:
    v = float(s)
    print(repr(s), v, v * 2)
print(float("12") + int("30"))
