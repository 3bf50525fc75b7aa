# Operator precedence, comparisons, comprehensions, slices, calls, literals.
x = -a ** -b * ~c // d % e @ f + g - h << i >> j & k ^ l | m
y = a < b <= c > d >= e == f != g is h is not i in j not in k
z = not a and b or not c and not not d
w = lambda: 0, lambda a, /, b=1, *c, d, e=2, **f: a, lambda *, k: k
v = a if b else c if d else e
u = [*a, *b], {*a}, {**a, 'b': 1, **c}, (*a,), print(*a, **b, c=1)
t = a[1:2, ::3, 4:, :5:6, ...], a[:], a[::], a[1:2:3], a[(1, 2)], a[*b]
s = [i for i in range(10) if i if not i for j in i], {i for i in x}, {k: v for k, v in x}
r = (i async for i in x), await y, (yield), (yield from z)
q = {}, [], (), {1}, {1: 2}, (1,), [1,], {1,}
p = f(a)(b)[c].d(e=f, *g, **h)
o = a.b.c.d[e][f](g)
n = (((((((((((((((((((((1)))))))))))))))))))))
m = 1 if True else 2, None, True, False, ...
l = x[a:=1], x[(a:=1)], x[a, b:c]
k = print(x for x in y)
j = +a, -b, ~c, not d
i = a @ b, a ** -b, (-a) ** b, a ** b ** c
h = ()
g = [
    1,
    2,  # trailing comment
]
