def with_header(values):
    out = list(values)
    out.insert(0, "header")
    return out


print(with_header([1.5, 2.5]))
