def scale(a: int, b: int) -> int:
    return a // b


print(scale(2 ** 100, 3))
print(scale(2 ** 100, 2 ** 99))
print(scale(2 ** 100, 0))
print("not reached")
