big = [2 ** 64 + i for i in range(5)]
print(big)
pairs = [(2 ** 70, "a"), (-(2 ** 70), "b"), (3, "c")]
print(sorted(pairs))
print(big[1:3], big[::-1][0])
nested = {"xs": big, "n": [10 ** 19, 10 ** 20]}
print(nested)
big.append(2 ** 200)
big.remove(2 ** 64 + 2)
big.insert(0, -1)
print(big, len(big), sum(big))
print([x % 1000 for x in big])
print([str(x) for x in [2 ** 65, 2 ** 66]])
t = (2 ** 64, (2 ** 65, 2 ** 66))
print(t, t[1][0] - t[0])
