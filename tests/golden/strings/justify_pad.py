# ljust/rjust/center/zfill with widths, fill characters and strings longer than the width
words = ["a", "abc", "abcdef"]
for w in words:
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]", "[" + w.center(5) + "]")
for w in words:
    print(w.ljust(6, "."), w.rjust(6, "*"), w.center(6, "-"), w.center(7, "="))
print("[" + "ab".center(5) + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]")
print("[" + "x".center(4, "+") + "]", "[" + "xy".center(5, "+") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "42".zfill(1), "".zfill(3))
print("3.14".zfill(8), "-0.5".zfill(6), "abc".zfill(6))
print("x".ljust(0), "x".rjust(-3), "[" + "".center(3) + "]")
try:
    "x".ljust(5, "ab")
except TypeError as e:
    print("error:", e)
try:
    "x".center(5, "")
except TypeError as e:
    print("error:", e)
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(7))
print("total".center(23, "~"))
for n in [1, 22, 333]:
    print(str(n).zfill(4), str(-n).zfill(4))
