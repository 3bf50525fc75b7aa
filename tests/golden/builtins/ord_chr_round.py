print([ord(c) for c in "AZaz09 "])
print("".join([chr(c) for c in range(65, 75)]))
print(round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(1.23456, 3))
print(round(10.0 / 3, 4), round(7), round(0.125, 2), round(0.375, 2))
