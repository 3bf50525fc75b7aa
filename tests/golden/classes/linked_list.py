# classes referencing instances of themselves or None: linked list with push, pop, reverse, find
class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def values(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def reverse(self):
        prev = None
        node = self.head
        while node is not None:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        self.head = prev

    def find(self, value):
        node = self.head
        while node is not None:
            if node.value == value:
                return node
            node = node.next
        return None


ll = LinkedList()
print(ll.values(), ll.size)
for w in ["a", "b", "c", "d"]:
    ll.push(w)
print(ll.values(), ll.size)
ll.reverse()
print(ll.values())
print(ll.pop(), ll.pop(), ll.values(), ll.size)
found = ll.find("c")
print(found is not None, found.value if found is not None else "-")
print(ll.find("zz") is None)
ll.pop()
ll.pop()
try:
    ll.pop()
except IndexError as e:
    print("error:", e)
ll.reverse()
print(ll.values(), ll.size)
