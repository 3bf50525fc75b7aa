def describe(age, member):
    if age < 13:
        if member:
            return "child member"
        return "child"
    else:
        if age < 20:
            kind = "teen"
        elif age < 65:
            kind = "adult"
        else:
            kind = "senior"
        if member:
            kind += " member"
        return kind

for age in [5, 15, 30, 70]:
    for member in [False, True]:
        print(age, member, describe(age, member))
