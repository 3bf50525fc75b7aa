def group(pairs):
    groups = {}
    for key, value in pairs:
        groups.setdefault(key, []).append(value)
    groups.setdefault("empty", "none")
    return groups


print(group([("a", 1), ("b", 2), ("a", 3)]))
