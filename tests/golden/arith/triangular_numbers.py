tri = []
n = 0
t = 0
while len(tri) < 15:
    n += 1
    t += n
    tri.append(t)
print(tri)
squares_tri = [x for x in tri if int(x ** 0.5) ** 2 == x]
print(squares_tri)
print(sum(tri), tri[-1] == 15 * 16 // 2)
