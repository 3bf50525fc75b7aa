print("tab:\t|")
print("newline:\nsecond line")
print("quote: \" and ' and \\")
print('single \'quoted\'')
print("""triple
quoted "string" spans
lines""")
print("unicode: \u00e9 \u03c0 \u2192")
print(len("a\tb\nc"), repr("a\tb\nc"))
