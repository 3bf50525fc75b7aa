# Assignment expressions in every place the grammar allows them.
if (n := len(data)) > 10:
    print(f"{n} items")
while (chunk := read(1024)) != b"":
    pass
values = [y for x in data if (y := f(x)) is not None]
totals = {k: (s := s + v) for k, v in pairs}
print(z := 5, key=(w := 6))
result = (a := 1, b := 2)
def g(x=(d := 3)):
    return (e := x)
assert (m := re.match(p, s)), m
lst[(i := 0)] = i
x = y if (c := cond()) else c
lambda: (v := 1)
foo(x := 3, cat='vector')
any((last := i) > 3 for i in range(10))
stack[(top := len(stack) - 1)]
f"{(w := 10)}"
