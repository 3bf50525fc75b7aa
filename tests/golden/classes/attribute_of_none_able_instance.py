# Reading through an attribute that is None for some objects.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


head = Node(1)
head.next = Node(2)
print(head.next.value)
# An attribute that may be None is read without a test: fine while it is
# not None, and CPython's AttributeError when it is.
try:
    print(head.next.next.value)
except AttributeError as e:
    print("AttributeError:", e)
