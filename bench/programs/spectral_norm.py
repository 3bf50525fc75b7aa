"""Spectral norm (the Computer Language Benchmarks Game's algorithm), written
in the restricted Python that Krait translates. The benchmark copy of
tests/golden/programs/spectral_norm.py: the same functions, with n taken from
the command line and one result printed. The hand-written C++ is
bench/cpp/spectral_norm.cc.

Usage: spectral_norm.py [N]   (default 1000)
"""
import math
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mult_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mult_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mult_atav(v, n):
    return mult_atv(mult_av(v, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    for _ in range(10):
        v = mult_atav(u, n)
        u = mult_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def main():
    n = 1000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    print("%d %.9f" % (n, spectral_norm(n)))


if __name__ == "__main__":
    main()
