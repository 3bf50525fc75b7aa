if name == "":
