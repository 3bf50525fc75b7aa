# a user mapping class: __getitem__/__setitem__/__delitem__ with string keys, __contains__, __len__, KeyError


class CaseInsensitiveDict:
    def __init__(self):
        self.data = {}
        self.original = {}

    def __setitem__(self, key, value):
        k = key.lower()
        self.data[k] = value
        self.original[k] = key

    def __getitem__(self, key):
        k = key.lower()
        if k not in self.data:
            raise KeyError(key)
        return self.data[k]

    def __delitem__(self, key):
        k = key.lower()
        del self.data[k]
        del self.original[k]

    def __contains__(self, key):
        return key.lower() in self.data

    def __len__(self):
        return len(self.data)

    def keys(self):
        return [self.original[k] for k in self.data]

    def get(self, key, default):
        if key in self:
            return self[key]
        return default


headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
headers["X-Token"] = "abc"
headers["content-type"] = "application/json"
print(len(headers), headers.keys())
print(headers["CONTENT-TYPE"], headers["x-token"])
print("x-TOKEN" in headers, "Accept" in headers)
print(headers.get("accept", "*/*"), headers.get("X-TOKEN", "none"))
try:
    headers["Missing"]
except KeyError as e:
    print("KeyError:", e)
del headers["X-TOKEN"]
print(len(headers), headers.keys(), "x-token" in headers)
headers["Accept"] = "text/plain"
headers["ACCEPT"] += ";q=0.9"
print(headers["accept"], headers.keys())
counts = CaseInsensitiveDict()
for word in "The cat and THE hat and the bat".split():
    counts[word] = counts.get(word, "") + "*"
print([(k, counts[k]) for k in counts.keys()])
