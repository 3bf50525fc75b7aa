def first_word(line):
    try:
        return line.split()[0]
    except IndexError:
        raise ValueError("empty line")


for text in ["hello world", "   "]:
    print(first_word(text))
