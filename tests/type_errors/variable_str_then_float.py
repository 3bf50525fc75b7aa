def read_value(text):
    value = text.strip()
    if value:
        value = float(value)
    return value


print(read_value(" 2.5 "))
