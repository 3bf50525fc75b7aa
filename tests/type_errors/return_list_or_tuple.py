def coords(as_list):
    if as_list:
        return [1, 2]
    return (1, 2)


print(coords(True), coords(False))
