def fib_list(n):
    out = [0, 1]
    while len(out) < n:
        out.append(out[-1] + out[-2])
    return out[:n]

fibs = fib_list(50)
print(fibs[:15])
print(fibs[-1], len(str(fibs[-1])))
even = [f for f in fibs if f % 2 == 0 and f < 4000000]
print(sum(even))
ratios = [fibs[i + 1] / fibs[i] for i in range(10, 15)]
print(ratios)
