s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[1::2], s[::-1], s[8:2:-2])
print(s[100:], s[-100:3], s[5:5] == "", len(s[3:7]))
for i in range(0, len(s), 3):
    print(s[i:i + 3])
