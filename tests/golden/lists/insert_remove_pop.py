# list mutation methods: insert at various positions, remove, pop with index, extend, reverse, sort with key

queue = ["b", "d"]
queue.insert(0, "a")
queue.insert(2, "c")
queue.insert(len(queue), "e")
queue.insert(100, "z")
queue.insert(-1, "y")
print(queue)
queue.remove("z")
queue.remove("y")
print(queue)
try:
    queue.remove("q")
except ValueError:
    print("q not in list")
print(queue.pop(), queue.pop(0), queue.pop(1), queue)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nums = [5, 2, 9]
nums.extend([1, 7])
nums.extend(range(3))
nums += [4]
print(nums, len(nums))
nums.reverse()
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
stack = []
for ch in "(a[b]{c}d)":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        opened = stack.pop()
        print("close", opened, ch)
print(stack == [], len(stack))
items = list(range(10))
while len(items) > 3:
    items.pop(len(items) // 2)
print(items)
copy = items.copy()
copy.append(99)
print(items, copy, items.index(9))
