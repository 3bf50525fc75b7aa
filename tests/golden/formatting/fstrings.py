name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n:5d} {n:<5d}| {n:^7d}| {n:05d} {n:x} {n:b} {n:o}")
print(f"{pi:.2f} {pi:8.3f} {pi:<8.1f}| {pi:e}")
print(f"{name:>10}|{name:<10}|{name:^11}|{name:*^11}")
print(f"{n + 8} {n * 2} {name.upper()} {len(name)}")
print(f"{'nested'} {n!r} {name!r}")
print(f"{1234567:,} {-42:+d} {3.0} {1e20}")
items = [1, 2]
print(f"{items} {items[0]} {{literal}}")
