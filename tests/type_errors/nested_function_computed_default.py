# A nested def whose default is computed at run time: Krait computes
# defaults of module-level functions and methods only.
def outer() -> int:
    def inner(x: int, acc: list[int] = []) -> int:
        acc.append(x)
        return len(acc)
    return inner(1)


print(outer())
