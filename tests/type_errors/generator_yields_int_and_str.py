def tokens(text):
    for word in text.split():
        if word.isdigit():
            yield int(word)
        else:
            yield word


for t in tokens("a 1 b 2"):
    print(t)
