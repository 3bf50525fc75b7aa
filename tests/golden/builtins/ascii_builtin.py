# ascii(x): repr(x) with its non-ASCII characters escaped.
print(ascii("héllo"), ascii("abc"), ascii(5), ascii(["x", "é"]), ascii("日本\U0001f600"))
print(ascii(2.5), ascii(None), ascii({"ü": 1}), ascii(("tab\t", "ok")))
print(list(map(ascii, ["ü", "u"])))
