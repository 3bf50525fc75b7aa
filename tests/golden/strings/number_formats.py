# number format types: d, e, E, f, F, g, G, %, x, X, o, b, c, with # prefixes, sign and grouping
n = 1234567
print(f"{n:,}", f"{n:_}", f"{-n:,}", f"{n:,d}", f"{12:,}")
print(f"{n:x}", f"{n:X}", f"{n:#x}", f"{n:#X}", f"{n:o}", f"{n:#o}")
print(f"{n:_x}", f"{n:#_b}", f"{255:b}", f"{255:#b}", f"{5:08b}", f"{-5:b}")
print(f"{65:c}", f"{0x263A:c}", f"{10:#06x}", f"{-10:#06x}")
x = 12345.6789
print(f"{x:f}", f"{x:.0f}", f"{x:.1f}", f"{x:,.2f}", f"{x:_.3f}")
print(f"{x:e}", f"{x:.2e}", f"{x:E}", f"{0.000123:e}", f"{0.0:e}")
print(f"{x:g}", f"{x:.3g}", f"{0.0001234:g}", f"{1e20:g}", f"{123456789.0:g}", f"{x:G}")
print(f"{0.5:%}", f"{0.123:.1%}", f"{1.5:.0%}", f"{-0.25:%}")
print(f"{3.0:g}", f"{3.10:g}", f"{100.0:.2g}", f"{0.1:.3}", f"{2.5:.0f}", f"{3.5:.0f}")
print(f"{n:+}", f"{-n:+}", f"{n: }", f"{-n: }", f"{x:+.1f}", f"{x: .1f}")
print(f"{1.0/3:.10f}", f"{2.0/3:.5}", f"{1e-7:.2f}", f"{-0.0:.1f}")
print(f"{n:>15,}", f"{n:<15,}|", f"{n:^15_}|", f"{n:015,}")
print(f"{float('inf'):f}", f"{float('-inf'):e}", f"{float('nan'):g}", f"{float('inf'):>6}")
print(f"{1e16:f}", f"{123.456:10.2e}", f"{0.00001:%}")
print(f"{7:5.1f}", f"{7:e}", f"{7:%}", f"{7:g}")
for v in [0, 1, 9, 10, 255, 4096]:
    print(f"{v:>5d} {v:>5x} {v:>8o} {v:>13b} {v:>#7x}")
