# random with --int=big: seeds and getrandbits beyond 64 bits, as CPython.
import random

random.seed(2**100 + 7)
print(random.getrandbits(100), random.getrandbits(64), random.getrandbits(65))
print(random.randrange(10**15), random.randint(-(10**12), 10**12))
random.seed(-(3**90))
print(random.random(), random.getrandbits(200))
print(random.sample(range(10**12), 3), random.choice(range(5, 10**9, 7)))
print(random.choices([1, 2, 3], weights=[10**20, 1, 1], k=5))
