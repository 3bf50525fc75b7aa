# re over 3000 random patterns and subjects (its stdin, written by
# tests/golden/tools/make_re_cases.py): the matches with their spans, sub
# with a template, split, and the re.error of each invalid pattern, all as
# CPython's re gives them.
import re
import sys

for line in sys.stdin:
    pattern, text = line.rstrip("\n").split("\t", 1)
    try:
        found = [(m.span(), m.group()) for m in re.finditer(pattern, text)]
        print(repr(pattern), found, re.sub(pattern, "<\\g<0>>", text), re.split(pattern, text))
    except re.error as e:
        print(repr(pattern), "error", e)
