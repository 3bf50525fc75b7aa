# Variable-length tuples through globals, generators, closures, dicts, lists
# of floats and a loop that grows one.


history = ()


def record(x):
    global history
    history = history + (x,)


record(1)
record(2)
print(history, len(history))


def gen(n):
    for i in range(n):
        if i % 2:
            yield (i,)
        else:
            yield (i, i + 1)


print(list(gen(4)))
table = {"a": ()}
table["b"] = ("x",)
table["c"] = ("y", "z")
for k, v in table.items():
    print(k, v, v[-1] if v else "-")


def counter():
    seen = ()

    def add(x):
        nonlocal seen
        seen = seen + (x,)
        return len(seen)

    return add


f = counter()
print(f("a"), f("b"))
rows = []
rows.append(())
rows.append((1.5,))
rows.append((2.5, 3.5))
print(rows, max(rows), min(rows), rows.index((1.5,)), (2.5, 3.5) in rows)
print(sorted(rows, key=len, reverse=True))
t = rows[2]
print(t[0] + t[1], t * 2, t[::-1], t[1:] == (3.5,), t < (3.0,))
k = 0
nums = ()
while k < 4:
    nums += (k,)
    k += 1
print(nums, nums[1:3], nums.count(2), nums.index(3), sum(nums), 3 in nums, 7 in nums)
x, y, *z = nums
print(x, y, z)
print(str(nums), repr(nums), "%s" % (nums,), "{}".format(nums))
