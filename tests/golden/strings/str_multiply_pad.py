for n in range(1, 6):
    print(("*" * n).rjust(5), ("*" * n).ljust(5) + "|", ("*" * n).center(9, "."))
print(str(7).zfill(4), str(-7).zfill(4), "abc".zfill(5))
print("=" * 20)
print("%-6s|%6s|" % ("ab", "cd"))
