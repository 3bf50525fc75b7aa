stack = []
for i in range(5):
    stack.append(i * 10)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
queue.append(4)
while len(queue) > 0:
    x = queue.pop(0)
    if x < 3:
        queue.append(x + 10)
    print("got", x, queue)
