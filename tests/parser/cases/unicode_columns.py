# Non-ASCII text before nodes: CPython's col_offset counts UTF-8 bytes.
naïve = "日本" + "語"; ω = naïve
x = ["é", "ü", "😀", f"{ω}日本{naïve!r}"]; y = ω.ç
def façade(ζ, *, π=3.14): return ζ * π
print(façade("🐍🐍", π=2), x[0])
