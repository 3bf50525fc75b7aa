# Bound methods of unrelated classes held together (a list of codecs, a
# dict of handlers): each call runs the method of the object it was taken
# from.
class Upper:
    def encode(self, text):
        return text.upper()

    def decode(self, text):
        return text.lower()


class Reverse:
    def __init__(self, tag):
        self.tag = tag

    def encode(self, text):
        return text[::-1] + self.tag

    def decode(self, text):
        return text[: -len(self.tag)][::-1]


class Shift:
    def encode(self, text):
        return "".join(chr(ord(c) + 1) for c in text)

    def decode(self, text):
        return "".join(chr(ord(c) - 1) for c in text)


u, r, s = Upper(), Reverse("#"), Shift()
codecs = [("upper", u.encode, u.decode), ("reverse", r.encode, r.decode), ("shift", s.encode, s.decode)]
for name, enc, dec in codecs:
    packed = enc("hello")
    print(name, packed, dec(packed))
handlers = {"up": u.encode, "rev": r.encode, "shift": s.decode}
for key in sorted(handlers):
    print(key, handlers[key]("abc"))
chosen = r.decode if len(codecs) > 5 else s.encode
print(chosen("xyz"))
