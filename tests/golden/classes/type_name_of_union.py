class A:
    pass
class B(A):
    pass
items = [A(), B()]
print([type(s).__name__ for s in items])
