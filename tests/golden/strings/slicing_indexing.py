# string indexing and slicing: negative indices, steps, out-of-range slices, IndexError, immutability errors
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[2:8:3])
print(repr(s[5:2]), repr(s[20:]), repr(s[-100:2]), s[3:100], repr(s[5:5]))
print(s[-100:100], s[100:-100] == "", s[::100])
for i in [10, -11, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print("error:", e)
try:
    s[::0]
except ValueError as e:
    print("error:", e)
print("".join([s[i] for i in range(0, len(s), 3)]))
print(s[len(s) // 2:], s[:len(s) // 2])
word = "racecar"
print(word == word[::-1], "python"[::-1] == "python")
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(s[1:-1][1:-1][1:-1])
step = -1
print(s[::step], s[-1::step * 2])
start, stop = 2, 6
print(s[start:stop], s[stop:start], s[-stop:-start])
empty = ""
print(repr(empty[:]), repr(empty[::-1]), repr(empty[1:5]))
try:
    print(empty[0])
except IndexError as e:
    print("error:", e)
print(s.index(s[4]), s[s.find("e"):s.find("h")])
print("x"[0][0][0], "hello"[1:][1:][1:])
