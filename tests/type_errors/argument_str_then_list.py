def show(title, value):
    print(title + ":", value)


show("name", "krait")
show("sizes", [1, 2, 3])
