# while ... else, for ... else, try inside loops with break and continue
# running finally blocks, del of names, global and nonlocal, assert messages.

LOG: list[str] = []
calls = 0


def note(s: str) -> None:
    global calls
    calls += 1
    LOG.append(s)


def search(items: list[int], target: int) -> int:
    i = 0
    while i < len(items):
        try:
            if items[i] == target:
                note(f"found {target}")
                break
            if items[i] < 0:
                continue
            note(f"saw {items[i]}")
        finally:
            i += 1
    else:
        note(f"no {target}")
        return -1
    return i - 1


def counter() -> tuple[int, int]:
    count = 0
    total = 0

    def add(n: int) -> None:
        nonlocal count, total
        count += 1
        total += n

    for n in range(1, 6):
        add(n * n)
    return count, total


def checked(x: int) -> int:
    assert x >= 0, f"negative: {x}"
    assert x < 100
    return x * 2


def main() -> None:
    print(search([3, -1, 7, 9], 7), search([1, 2], 5))
    print(LOG, calls)
    for word in ["alpha", "beta"]:
        if word.startswith("z"):
            break
    else:
        print("no z-word")
    print(counter())
    tmp = [1, 2, 3]
    alias = tmp
    del tmp
    print(alias)
    for v in [5, -3, 200]:
        try:
            print(checked(v))
        except AssertionError as e:
            print("AssertionError:", e, repr(e))
    n = 0
    while True:
        n += 1
        try:
            if n % 2:
                continue
            if n > 6:
                break
        finally:
            LOG.append(str(n))
    print(LOG[-8:])


main()
