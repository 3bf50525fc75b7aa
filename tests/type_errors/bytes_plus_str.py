def label(data: bytes, n: int) -> bytes:
    if n > 100:
        return data + "!"
    return data


print(label(b"tag", 3))
