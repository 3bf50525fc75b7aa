# numeric presentation types and grouping: ",", "_", e/E, g/G, %, sign options, alternate forms

big = 1234567890
print(f"{big:,} {big:_} {-big:,} {big:_x} {big:,.2f}")
print(f"{1234.5678:,.2f} {0.5:,} {999:,} {1000:,}")
print(format(big, ","), format(12345.678, "_.1f"), "{:,}".format(10 ** 12))
for x in [0.000123456, 1.5, 123456789.0, -42.0]:
    print(f"{x:e} {x:.2E} {x:g} {x:.3G} {x:10.2e}|")
for r in [0.5, 0.12345, 1.0, 2.5, -0.075]:
    print(f"{r:%} {r:.1%} {r:8.0%}|")
for n in [0, 7, -7]:
    print(f"[{n:+}] [{n:-}] [{n: }] [{n:+5}] [{n:=+6}] [{n:06}]")
print(f"{255:#x} {255:#o} {255:#b} {255:#X} {255:x} {255:o}")
print(f"{3.0:g} {3.0:.0f} {3.5:.0f} {4.5:.0f} {1e20:g} {1e-5:g} {123456.0:g} {1234567.0:g}")
print(f"{12:5d}|{12:<5d}|{12:^5d}|{-12:^7d}|")
print(f"{0.1 + 0.2:.17g} {1 / 3:.10f} {2 ** 0.5:.6}")
print("{:,}".format(-9876543), "{:_b}".format(1023), "{:e}".format(0.0))
rows = [("north", 1520300.5), ("south", 98000.25), ("east", 7.0)]
for region, amount in rows:
    print(f"{region:<6}{amount:>16,.2f}{amount / 1625307.75:>9.1%}")
