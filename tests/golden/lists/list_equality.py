a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a != [1, 2])
c.append(4)
print(a, b)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [3] > [2, 9])
print(min([[3, 1], [2, 9], [2, 5]]))
