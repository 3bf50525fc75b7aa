def add_name(names, name):
    names.append(name)


def main():
    names = ["alice", "bob"]
    add_name(names, "carol")
    add_name(names, 42)
    print(names)


main()
