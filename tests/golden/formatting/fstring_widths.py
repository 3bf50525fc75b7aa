# f-strings with nested width/precision fields, fill and alignment, !r conversions and = specifiers

values = [3.14159, -2.5, 1000.0, 0.000123]
for w, p in [(10, 2), (12, 4), (8, 0)]:
    print("|" + "|".join(f"{v:{w}.{p}f}" for v in values) + "|")
for align in ["<", "^", ">"]:
    print(f"[{'mid':{align}9}]", f"[{42:{align}7}]", f"[{'x':*{align}5}]")
fill = "."
for name, price in [("tea", 2.5), ("sandwich", 6.75), ("cake", 3.0)]:
    print(f"{name:{fill}<12}{price:{fill}>8.2f}")
name = "Ann"
items = ["a", "b"]
print(f"{name!r} {name!s} {items!r} {name!r:>8} {'q'!r:^7}")
width = 6
for n in [1, 22, 333]:
    print(f"{n:0{width}d} {n:+{width}d} {n:#{width}x} {n:<{width}b}|")
prec = 3
print(f"{2 / 3:.{prec}f} {2 / 3:.{prec}e} {2 / 3:.{prec}g} {2 / 3:.{prec}%}")
header = ["id", "name", "score"]
widths = [4, 10, 7]
print(" ".join(f"{h:^{w}}" for h, w in zip(header, widths)))
for row_id, row_name, row_score in [(1, "alice", 93.5), (22, "bob", 8.25)]:
    print(f"{row_id:>{widths[0]}} {row_name:<{widths[1]}} {row_score:>{widths[2]}.2f}")
x = 7
y = 2.5
print(f"{x=} {y=} {x * y=} {name=}")
print(f"{x = :5d}|{y = :.3f}|")
print(f"{'{'}{x}{'}'} {{literal}} {x:{'>'}{width}}")
