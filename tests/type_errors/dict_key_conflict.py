def index_by_id(names):
    table = {}
    for i, name in enumerate(names):
        table[i] = name
    table["unknown"] = "?"
    return table


print(index_by_id(["x", "y"]))
