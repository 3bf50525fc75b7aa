def acronym(phrase):
    return "".join([w[0].upper() for w in phrase.split()])

def reverse_words(s):
    return " ".join(s.split()[::-1])

def capitalize_each(s):
    return " ".join([w[:1].upper() + w[1:] for w in s.split(" ")])

for p in ["portable network graphics", "as soon as possible", "krait translates python"]:
    print(acronym(p), "|", reverse_words(p), "|", capitalize_each(p))
