import re

m = re.match(r"(\w+)(?:=(\w+))?", "key=value")
if m is not None:
    # group 2 sits under '?': a match may leave it unset (None).
    print(m.group(2).upper())
