def describe(record):
    return " ".join([str(x) for x in record])


row = [1, 2, "three"]
print(describe(row))
