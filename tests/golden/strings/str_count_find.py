text = "the rain in spain stays mainly in the plain"
print(text.count("ain"), text.count("the"), text.count("z"))
pos = text.find("ain")
found = []
while pos != -1:
    found.append(pos)
    pos = text.find("ain", pos + 1)
print(found)
print(text.index("spain"), text.rfind("in"), text.find("in", 10, 20))
print(text.upper().count("AIN"), "in" in text, text.startswith("the rain"))
