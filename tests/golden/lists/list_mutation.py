xs = [1, 2, 3, 4, 5]
xs[0] = 10
xs[-1] = 50
print(xs)
xs[1:3] = [20, 30, 35]
print(xs)
xs.insert(2, 25)
xs.insert(100, 99)
xs.insert(-1, 98)
print(xs)
print(xs.pop(2), xs.pop(-2), xs)
xs += [7, 8]
print(xs, len(xs))
ys = xs
ys.append(0)
print(len(xs), xs is ys)
