print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("{:d} {:.2f} {:s}".format(10, 2.5, "s"))
print("{0:>4}{1:>4}{0:>4}".format(1, 2))
print("{:+.1f} {:08.3f}".format(2.25, -3.14159))
