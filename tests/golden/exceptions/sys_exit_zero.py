import sys

def main():
    print("work done")
    sys.exit(0)

main()
print("not reached")
