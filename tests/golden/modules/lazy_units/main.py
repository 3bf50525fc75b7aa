# Functions importing modules inside their bodies: the module body runs once, at the first call
# that imports it; later imports (inside functions or at top level) reuse the loaded module.
print("main starts")


def to_metres(value, unit):
    import units
    return value * units.FACTORS[unit]


def describe(value, unit):
    from units import FACTORS, pretty
    from convert import best_unit
    metres = value * FACTORS[unit]
    return pretty(metres) + " ~ " + best_unit(metres)


def loads():
    import units
    return units.load_count


print("before first call")
print(to_metres(3, "km"), to_metres(12, "in"))
print(describe(2500, "mm"))
print(describe(0.5, "mi"))
print(loads())
import units
import convert

print(units.load_count, convert.calls)
print(sorted(units.FACTORS))
