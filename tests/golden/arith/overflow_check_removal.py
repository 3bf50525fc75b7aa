# Checked ints whose overflow checks the translator removes (annotator/
# int_ranges.h) and keeps: tests/int_ranges/check_removal.py reads the
# `# overflow check:` comments and checks the generated C++ against them.
import sys


def checksum(data):
    total = 0
    for i in range(len(data)):
        total = (total + (data[i] & 0xFF) * (i + 1)) & 0xFFFF  # overflow check: removed
    return total


def count_up(n):
    i = 0
    steps = 0
    while i < n:
        i += 1  # overflow check: removed
        steps = steps + 2  # overflow check: kept
    return i + steps  # overflow check: kept


def count_down(n):
    while n > 0:
        n -= 1  # overflow check: removed
    return n


def digits_sum(n):
    total = 0
    while n > 0:
        total += n % 10  # overflow check: kept
        n //= 10
    return total


def mix(a, b):
    low = a & 0xFF
    high = (b >> 3) & 0xFFF
    return low * 4096 + high  # overflow check: removed


def letters(text):
    codes = 0
    for ch in text:
        codes = (codes * 31 + ord(ch)) % 1000003  # overflow check: removed
    return codes


def scaled(x):
    return x * 1000  # overflow check: kept


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):  # may return up to sys.maxsize in CPython
        return len(self.cards)


def doubled_lengths(deck, word):
    of_word = len(word) * 2  # overflow check: removed
    of_deck = len(deck) * 2  # overflow check: kept
    return of_word, of_deck


print(checksum([3, 1, 4, 1, 5, 9, 2, 6]))
print(count_up(10), count_down(7))
print(digits_sum(9876543210))
print(mix(0x1234, 0xABCDE))
print(letters("overflow checks"))
print(scaled(12345), scaled(len(sys.argv)))
print(doubled_lengths(Deck([1, 2, 3]), "four"))
