def label(n):
    return "item " + n


def main(count):
    if count > 100:
        print(label(count))
    print("ok")


main(3)
