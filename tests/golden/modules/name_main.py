import math

RADIUS = 3.0

def area(r):
    return math.pi * r ** 2

def main():
    print("area %.5f" % area(RADIUS))
    print(__name__ == "__main__")

if __name__ == "__main__":
    main()
