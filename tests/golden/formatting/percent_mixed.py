rows = [(1, "one", 1.0), (22, "twenty-two", 22.5), (333, "three hundred", 0.333)]
for n, name, f in rows:
    print("%4d|%-14s|%8.3f|%s" % (n, name, f, f))
print("%s and %s" % ("this", "that"))
print("%d items" % len(rows))
print("100%% sure, %d%% done" % 75)
print("%3s|%-3s|%.2s" % ("a", "b", "xyz"))
