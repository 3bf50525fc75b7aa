# The random module seeded: every function draws what CPython draws.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)])
print([random.randrange(10, 20) for _ in range(5)])
print([random.randrange(0, 100, 7) for _ in range(5)])
print([random.randrange(50, 0, -3) for _ in range(5)])
print(random.getrandbits(1), random.getrandbits(16), random.getrandbits(32), random.getrandbits(40))
print(random.getrandbits(63))

deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)

print(random.choice("abcdefghij"), random.choice(words), random.choice(range(1000)))
print(random.choice((1.5, 2.5, 3.5)))
print(random.sample(range(100), 10))
print(random.sample(words, 3))
print(random.sample(range(1000000), 8))
print(random.sample("krait", 5))
print(random.choices(words, k=6))
print(random.choices(words, weights=[10, 1, 1, 1, 5], k=6))
print(random.choices(words, [0.5, 0.1, 0.1, 0.1, 0.2], k=4))
print(random.choices(words, cum_weights=[1, 2, 3, 4, 100], k=4))
print(random.choices(range(3)))
print(round(random.uniform(1.0, 2.0), 12), random.uniform(-5, 5))
print([random.gauss(0.0, 1.0) for _ in range(3)])
print(random.gauss(), random.gauss(mu=10.0, sigma=0.5))
print(random.normalvariate(100, 15))
print(random.triangular(), random.triangular(0, 10), random.triangular(0.0, 10.0, 9.0))
print(random.expovariate(2.0))

# Seeds of every kind.
for s in [0, 1, -1, 2**32, 2**40 + 3, 10**17]:
    random.seed(s)
    print(s, random.random(), random.randint(0, 10**9))
random.seed(True)
print(random.random())
random.seed("hello world")
print(random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed(3.25)
print(random.random())
random.seed("")
print(random.random())

# Re-seeding repeats the sequence; an unseeded run differs but stays in range.
random.seed(7)
first = [random.random() for _ in range(5)]
random.seed(7)
print(first == [random.random() for _ in range(5)])
random.seed()
print(0 <= random.random() < 1, 1 <= random.randint(1, 3) <= 3)
