#!/usr/bin/python3
"""Writes tests/golden/stdlib/re_random_patterns.stdin: random regular
expressions (atoms of Python's syntax, quantifiers, inline flags) and
subject strings, one `PATTERN<TAB>TEXT` per line, for the golden program
re_random_patterns.py, which CPython's re and Krait's must run alike
(matches, spans, sub, split, and the re.error of each bad pattern).

  /usr/bin/python3 tests/golden/tools/make_re_cases.py > tests/golden/stdlib/re_random_patterns.stdin
"""

import random

ATOMS = [
    ["a", "b", "ab", ".", "\\d", "\\w", "\\s", "\\b", "[ab]", "[^a]", "[a-c]", "x", " ", "é", "^",
     "$", "\\Z", "\\A", "(a|b)", "(?:ab|a)", "(a)", "(?P<n>b)", "[\\d-]", "\\.", "(?=a)", "(?!b)",
     "(?<=a)", "\\W", "[é-ü]"],
    ["a", "B", "(a)", "(b|)", "\\1", "(?P<x>a+)", "(?P=x)", "[]a]", "[^]b]", "[\\]]", "\\u00e9",
     "\\x41", "\\101", "\\0", "(?i:a)", "[[:alpha:]]", "a{,}", "x{", "{1}",
     "\\N{LATIN SMALL LETTER A}", "(?#c)", "[-a]", "[a-]", "\\v", "\\f", "(?<!a)", "(?>a+)", "a++",
     "(?s:.)", "\\$", "[\\s\\S]", "(?(1)a|b)", "\\Z", "|", "\\x09"],
]
QUANTIFIERS = [
    ["", "", "", "*", "+", "?", "*?", "+?", "{2}", "{1,2}", "{,2}", "{2,}"],
    ["", "", "*", "+", "?", "??", "{0,1}"],
]
TEXTS = [
    ["aab", "ab ab", "ba\\nab", "xaéb 12", "", "a.b-c", "aaa bbb", "éé a", "b", "12 ab_c"],
    ["aAbB", "a]b]", "éaA", "ab ba", "aaa", "AbA", "[a]:", "x{1}", "0", "a\x0bb\x0c"],
]
FLAGS = [[""], ["", "(?i)", "(?m)", "(?s)", "(?x)", "(?a)"]]


def main():
    rng = random.Random(20261125)
    for kind in range(2):
        for _ in range(1500):
            n = rng.randint(1, 4)
            pattern = rng.choice(FLAGS[kind]) + "".join(
                rng.choice(ATOMS[kind]) + rng.choice(QUANTIFIERS[kind]) for _ in range(n))
            print(pattern + "\t" + rng.choice(TEXTS[kind]))


if __name__ == "__main__":
    main()
