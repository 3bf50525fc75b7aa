def area(width, height):
    return width * height


if area(2, 3) > 100:
    print(area(2, 3, 4))
print(area(2, 3))
