def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(ord("A"), ord("z"), chr(65), chr(97 + 25), ord("é"), chr(233))
