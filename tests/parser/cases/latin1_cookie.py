# -*- coding: latin-1 -*-
# Latin-1 file: columns are counted in UTF-8 bytes after decoding.
café = "naïve été"  # comment à la
x = {"é": café, b"ok": 1}
print(f"{café!r} µ")
