STOPWORDS = {"the", "a", "is", "over"}
count_calls = 0


def normalize(text):
    global count_calls
    count_calls += 1
    out = []
    for ch in text.lower():
        if ch.isalpha() or ch.isspace():
            out.append(ch)
    return " ".join("".join(out).split())


def tokenize(text):
    global count_calls
    count_calls += 1
    return text.split()
