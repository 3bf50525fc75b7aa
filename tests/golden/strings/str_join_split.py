words = "one two three four five".split()
print(words, len(words))
print("+".join(words), "".join(words), " | ".join(reversed(words)))
print("a::b::c".split("::"), "no-sep".split(","), "x y\tz\n w".split())
line = "key1=val1, key2=val2 ,key3=val3"
pairs = [p.strip().split("=") for p in line.split(",")]
print(pairs)
print(",".join([p[0] for p in pairs]))
print("1-2-3-4".split("-", 2), "  lead".lstrip(), "trail  ".rstrip() + "|")
