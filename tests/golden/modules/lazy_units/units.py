print("units module loading")
load_count = 1
FACTORS = {"m": 1.0, "km": 1000.0, "mm": 0.001, "in": 0.0254, "mi": 1609.344}


def pretty(metres):
    return f"{metres:.3f} m"
