# f-string format specs: alignment <, >, ^, = with fill characters, widths, nested width/precision
name = "krait"
n = 42
x = 3.14159
print(f"[{name}]", f"[{name:10}]", f"[{name:<10}]", f"[{name:>10}]", f"[{name:^10}]")
print(f"[{name:*<9}]", f"[{name:*>9}]", f"[{name:*^9}]", f"[{name:.^10}]")
print(f"[{n}]", f"[{n:6}]", f"[{n:<6}]", f"[{n:^6}]", f"[{n:06}]", f"[{-n:06}]")
print(f"[{-n:=8}]", f"[{-n:0=8}]", f"[{n:+=8}]", f"[{n:#>8}]")
print(f"[{x:10.3f}]", f"[{x:<10.2f}]", f"[{x:^10.1f}]", f"[{x:_>10.4f}]")
width = 12
prec = 2
print(f"[{x:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'-'}^{width}}]")
for w in range(3, 8, 2):
    print(f"|{n:>{w}}|{n:<{w}}|{n:^{w}}|")
print(f"[{name:3}]", f"[{name:.2}]", f"[{name:>8.3}]")
print(f"[{True}]", f"[{True:>6}]", f"[{None}]", f"[{'':>3}]")
items = [("pen", 1.5), ("notebook", 12.25), ("ink", 100.0)]
for item, price in items:
    print(f"{item:<10}|{price:>8.2f}|")
print(f"{'total':>10}|{sum(p for _, p in items):>8.2f}|")
print(f"{n=}", f"{x=:.2f}", f"{name=!r}")
print(f"{{literal}} {n}", f"{{{n}}}")
print(f"{'nested ' + name.upper():^20}")
print(f"{n:5d}|{n:<5d}|{-n:5d}|{n: d}|{-n: d}")
