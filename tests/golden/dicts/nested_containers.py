# Nested containers: dict[str, list[tuple[int, float]]], tuples as dict
# keys and set members, del of items and slices, slice assignment,
# unpacking in for loops and assignments.


def main() -> None:
    readings: dict[str, list[tuple[int, float]]] = {}
    data = [("north", 1, 2.5), ("south", 1, 3.0), ("north", 2, 2.75), ("east", 1, 1.0), ("north", 3, 3.5)]
    for site, hour, value in data:
        readings.setdefault(site, []).append((hour, value))
    for site, series in sorted(readings.items()):
        total = sum(v for _, v in series)
        print(site, series, f"{total / len(series):.3f}")
    grid: dict[tuple[int, int], str] = {(0, 0): "origin", (1, 2): "a", (2, 1): "b"}
    grid[(1, 2)] = "A"
    print(grid[(1, 2)], (2, 1) in grid, (3, 3) in grid, sorted(grid))
    seen: set[tuple[str, int]] = set()
    for site, hour, _ in data:
        seen.add((site, hour % 2))
    print(sorted(seen))
    nums = list(range(12))
    del nums[0]
    del nums[-1]
    del nums[2:4]
    del nums[::3]
    print(nums)
    nums[1:3] = [100, 200, 300]
    nums[-2:] = []
    nums[:0] = [-1]
    print(nums)
    nums[::2] = [0] * len(nums[::2])
    print(nums)
    (a, b), c = (1, 2), [3, 4]
    first, *middle, last = "krait"
    print(a, b, c, first, middle, last)
    for k, (x, y) in enumerate([(1, 2), (3, 4)]):
        print(k, x + y)
    matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
    matrix[1][1:] = [0, 0]
    print(matrix, [row[::-1] for row in matrix], list(zip(matrix[0], matrix[1], matrix[2])))
    table = {name: {"len": len(name), "upper": len(name.upper())} for name in ["ab", "CD"]}
    print(table)


main()
