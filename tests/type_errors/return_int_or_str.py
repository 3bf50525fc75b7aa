def parse(token):
    if token.isdigit():
        return int(token)
    return token


for t in ["12", "x"]:
    print(parse(t))
