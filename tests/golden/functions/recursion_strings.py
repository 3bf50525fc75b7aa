def reverse(s):
    if len(s) <= 1:
        return s
    return reverse(s[1:]) + s[0]

def count_char(s, c):
    if not s:
        return 0
    return (1 if s[0] == c else 0) + count_char(s[1:], c)

def power_set_strings(s):
    if not s:
        return [""]
    rest = power_set_strings(s[1:])
    return rest + [s[0] + r for r in rest]

print(reverse("recursion"), count_char("mississippi", "s"))
print(sorted(power_set_strings("abc")))
