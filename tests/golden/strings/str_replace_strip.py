s = "  --==hello world==--  "
print("[" + s.strip() + "]")
print("[" + s.strip().strip("-=") + "]")
print(s.replace(" ", ""), s.replace("=", "", 2))
t = "banana"
print(t.replace("a", "o"), t.replace("an", "AN"), t.replace("x", "y"), t.replace("na", "", 1))
print("tab\tsep".replace("\t", "    "), "a\nb".replace("\n", "\\n"))
