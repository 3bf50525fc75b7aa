def is_palindrome(s):
    cleaned = ""
    for ch in s.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]

tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon", "ab"]
for t in tests:
    print(repr(t), is_palindrome(t))
