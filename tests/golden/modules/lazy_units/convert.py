print("convert module loading")
calls = 0


def best_unit(metres):
    global calls
    calls += 1
    from units import FACTORS
    best = "m"
    for name, f in sorted(FACTORS.items(), key=lambda kv: kv[1]):
        if metres / f >= 1:
            best = name
    return f"{metres / FACTORS[best]:.2f} {best}"
