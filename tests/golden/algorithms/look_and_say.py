def next_term(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += str(j - i) + s[i]
        i = j
    return out

term = "1"
for _ in range(12):
    print(term)
    term = next_term(term)
print(len(term))
