import util


def louder():
    return "HELLO"


util.greet = louder
print(util.greet())
