def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out

def subsets(xs):
    out = []
    for mask in range(1 << len(xs)):
        out.append([xs[i] for i in range(len(xs)) if mask & (1 << i)])
    return out

ps = permutations([1, 2, 3])
print(len(ps), ps)
print(len(permutations([1, 2, 3, 4, 5])))
print(subsets(["a", "b", "c"]))
