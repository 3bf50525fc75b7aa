print("parsing")
n = int("twelve")
print(n)
