# heapq: the heap's list holds the same order as on CPython.
import heapq

h: list[int] = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
order = []
while data:
    order.append(heapq.heappop(data))
print(order)

# Tuples: priority queues with names.
tasks: list[tuple[int, str]] = []
heapq.heappush(tasks, (3, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "think"))
heapq.heappush(tasks, (1, "plan"))
while tasks:
    priority, name = heapq.heappop(tasks)
    print(priority, name)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nsmallest(3, words), heapq.nlargest(2, words))
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [3, 1, 2]))
print(heapq.nsmallest(3, (x * x % 7 for x in range(10))))


class Job:
    def __init__(self, cost, name):
        self.cost = cost
        self.name = name

    def __lt__(self, other):
        return self.cost < other.cost


jobs: list[Job] = []
for cost, name in [(5, "e"), (1, "a"), (3, "c"), (2, "b")]:
    heapq.heappush(jobs, Job(cost, name))
print([j.name for j in jobs])
print(heapq.heappop(jobs).name, heapq.heappop(jobs).name)

empty: list[int] = []
for f in [heapq.heappop, lambda hp: heapq.heapreplace(hp, 1)]:
    try:
        f(empty)
    except IndexError as e:
        print("IndexError:", e)
