# The random module's errors are CPython's.
import random

random.seed(1)


def attempt(name, f):
    try:
        f()
    except (ValueError, IndexError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)


attempt("randrange(0)", lambda: print(random.randrange(0)))
attempt("randrange(5, 5)", lambda: print(random.randrange(5, 5)))
attempt("randrange(1, 10, 0)", lambda: print(random.randrange(1, 10, 0)))
attempt("randrange(10, 1, 2)", lambda: print(random.randrange(10, 1, 2)))
attempt("randint(5, 1)", lambda: print(random.randint(5, 1)))
empty: list[int] = []
attempt("choice([])", lambda: print(random.choice(empty)))
attempt("choice('')", lambda: print(random.choice("")))
attempt("sample(k=4)", lambda: print(random.sample([1, 2, 3], 4)))
attempt("sample(k=-1)", lambda: print(random.sample([1, 2, 3], -1)))
attempt("choices weights", lambda: print(random.choices([1, 2, 3], weights=[1, 2], k=2)))
attempt("choices zero", lambda: print(random.choices([1, 2], weights=[0, 0], k=2)))
attempt("choices empty", lambda: print(random.choices(empty, k=1)))
attempt("getrandbits(-1)", lambda: print(random.getrandbits(-1)))
attempt("expovariate(0)", lambda: print(random.expovariate(0.0)))
print(random.getrandbits(0), random.choices(empty, k=0), random.sample(empty, 0))
