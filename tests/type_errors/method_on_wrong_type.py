def push_all(target, values):
    for v in values:
        target.append(v)
    return target


print(push_all([], [1, 2]))
if len(push_all([], [3])) > 5:
    push_all(0, [4])
