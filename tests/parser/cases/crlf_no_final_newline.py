# CRLF line endings, a backslash continuation and no final newline.
x = 1 + \
    2
if x:
    y = """a
b"""
z = 3