"""Spectral norm (the Computer Language Benchmarks Game's algorithm).

Usage: spectral_norm.py [N]   (default: N = 10, 50 and 100; bench/ passes one large N)
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


sizes = [10, 50, 100]
if len(sys.argv) > 1:
    sizes = [int(sys.argv[1])]
for n in sizes:
    print("%d %.9f" % (n, spectral_norm(n)))
