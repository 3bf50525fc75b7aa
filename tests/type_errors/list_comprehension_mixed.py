def render(values):
    return [v if v > 0 else "neg" for v in values]


print(render([1, -2, 3]))
