"""bytearray's append, extend, pop, insert, clear, reverse."""

ba = bytearray()
for c in b"abc":
    ba.append(c + 1)
print(ba)
ba.extend(b"xyz")
ba.extend([48, 49])
ba.extend(bytearray(b"!"))
ba.extend(range(65, 68))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 95)
ba.insert(100, 95)
ba.insert(-1, 45)
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba), bool(ba))
for bad in [256, -1]:
    try:
        ba.append(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ba.pop()
except IndexError as e:
    print("IndexError:", e)
