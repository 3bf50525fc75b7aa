# recursion: factorial, fibonacci, mutual recursion, list recursion, RecursionError-free depth
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def flatten_sum(xs, i):
    if i >= len(xs):
        return 0
    return xs[i] + flatten_sum(xs, i + 1)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + "->" + dst)
    hanoi(n - 1, via, dst, src, moves)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out


print([fact(i) for i in range(8)])
print(fact(20))
print([fib(i) for i in range(15)])
print(is_even(10), is_odd(10), is_even(7), is_odd(7))
print(flatten_sum([1, 2, 3, 4, 5], 0))
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
print(permutations("abc"))
print(len(permutations("abcde")))
print(fact(20) % 1000003)
