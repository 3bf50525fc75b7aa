x = 1
doc = """abc

more
