from a import f

print(f())
