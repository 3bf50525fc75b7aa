TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def words(text):
    out = []
    current = ""
    for ch in text.lower():
        if "a" <= ch <= "z":
            current += ch
        else:
            if current:
                out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
print("words:", len(ws), "distinct:", len(freq))
ranked = []
for w in freq:
    ranked.append((-freq[w], w))
ranked.sort()
for negc, w in ranked[:10]:
    print("%-12s %3d %s" % (w, -negc, "*" * -negc))
longest = ""
for w in ws:
    if len(w) > len(longest):
        longest = w
print("longest:", longest)
