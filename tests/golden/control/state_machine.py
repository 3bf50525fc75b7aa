def run(tokens):
    state = "start"
    out = []
    for t in tokens:
        if state == "start":
            if t == "(":
                state = "open"
            elif t.isdigit():
                out.append(int(t))
            else:
                state = "error"
        elif state == "open":
            if t == ")":
                state = "start"
                out.append(-1)
            elif t.isdigit():
                out.append(int(t) * 100)
        elif state == "error":
            break
    return state, out

print(run(["1", "(", "2", ")", "3"]))
print(run(["(", "(", "5"]))
print(run(["7", "x", "8"]))
