# Importing the program's own modules: import, from-import, aliases; each
# module body runs once, at its first import.
import textutil
import numutil
import textutil as tu
from textutil import count_vowels, shout as yell, Counter
from numutil import describe

words = ["banana", "apple", "cherry", "apple", "kiwi"]
print([count_vowels(w) for w in words])
print(yell("hi", 2), tu.shout("x"))
print(textutil.join_all(words), textutil.VOWELS, tu.SEPARATOR.strip())
c = Counter()
for w in words:
    c.add(w)
print(c.most_common(), isinstance(c, textutil.Counter), type(c).__name__)
print(describe([1, 2, 3, 4]))
print(numutil.mean([2.5, 3.5]), numutil.textutil is textutil, tu is textutil)
print(textutil.__name__, numutil.__name__, __name__)
