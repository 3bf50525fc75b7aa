# ljust, rjust, center (with fill characters) and zfill used to lay out a text table

rows = [("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2), ("kiwi", 7, 0.45)]
width = max(len(name) for name, _, _ in rows)
print("item".ljust(width) + " | " + "qty".rjust(4) + " | " + "price".center(9))
print("-" * width + "-+-" + "-" * 4 + "-+-" + "-" * 9)
for name, qty, price in rows:
    print(name.ljust(width) + " | " + str(qty).rjust(4) + " | " + ("%.2f" % price).center(9))
print("=" * (width + 19))
print("total".rjust(width + 7, "."), str(sum(q for _, q, _ in rows)).zfill(5))
print(repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("x".ljust(4, "_")), repr("x".rjust(4, "_")), repr("long".ljust(2)))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3))
for n in [7, 42, 305, 1000]:
    print(str(n).zfill(4), bin(n)[2:].zfill(12), hex(n)[2:].rjust(4, "0"))
title = " Report "
print(title.center(30, "#"))
for i, word in enumerate(["a", "bb", "ccc", "dddd"]):
    print("|" + word.center(8) + "|" + word.rjust(i + 4, ".") + "|")
