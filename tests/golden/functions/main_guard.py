def main():
    total = 0
    for i in range(5):
        total += i
    print("total", total)
    return total

if __name__ == "__main__":
    main()
    print(__name__)
