# `from mod import a, b as c`, `import mod as alias`, module constants, classes and functions
# defined in one module and used from another, a module importing a sibling module.
from textops import normalize, tokenize as split_words, STOPWORDS
import stats as st
import textops

doc = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!  A fox is quick."""
clean = normalize(doc)
print(clean[:40])
words = split_words(clean)
print(len(words), words[:6])
content = [w for w in words if w not in STOPWORDS]
print(content)
freq = st.frequencies(content)
print(st.top(freq, 3))
print(st.describe(words))
hist = st.Histogram(content)
for line in hist.render(3):
    print(line)
print(textops.STOPWORDS == STOPWORDS, len(textops.STOPWORDS), textops.count_calls)
