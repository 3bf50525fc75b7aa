#!/usr/bin/python3
"""Writes (or, with --check, verifies) the syntax-error goldens from CPython.

Each NAME.py in this folder is a small file with one syntax error; NAME.expected
holds the exact stderr `krait parse tests/syntax_errors/NAME.py` must print.
The expected text always comes from CPython, never from Krait: ast.parse
(Debian's /usr/bin/python3, 3.11.2) gives the SyntaxError's lineno, offset
(1-based, in characters: the column Krait displays) and msg, and this script
renders them the way translator/diagnostics/diagnostic.cc renders a
diagnostic whose range starts and ends at that point:

  tests/syntax_errors/NAME.py:LINE:COL: error: MSG
   LINE | the source line, decoded, without its line terminator
        | ^                 (under column COL; tabs before it kept as tabs)

The excerpt is left out when LINE is not a line of the file (0, or past the
end) and the location when LINE is 0 (CPython says line 0 for a bad encoding
declaration). Lines end at \\n, \\r\\n or \\r. The source line is decoded as
CPython decodes the file (cookie, BOM), bytes that do not decode shown as
U+FFFD. The caret stops at the end of the line; the column does not.

  regen.py            rewrite every .expected (and delete orphans)
  regen.py --check    exit 1 if a committed .expected differs from CPython,
                      or if CPython accepts a case (it is then no test)
"""

import argparse
import ast
import io
import os
import re
import sys
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
DISPLAY_DIR = "tests/syntax_errors"  # the path krait is given, from the workspace root
TOOLS = {"regen.py", "regen_selftest.py"}  # .py files here that are not cases


def case_names(directory):
    return sorted(n[:-3] for n in os.listdir(directory) if n.endswith(".py") and n not in TOOLS)


def decoded_lines(data):
    """The file's lines as a SourceFile holding CPython's decoding has them."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        encoding = "utf-8"
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = re.split(r"\r\n|\r|\n", text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # a final line terminator does not start a line
    return lines


def render(path, data, lineno, offset, msg):
    """The stderr krait must print for a syntax error at (lineno, offset)."""
    if lineno < 1:
        return f"{path}: error: {msg}\n"
    out = f"{path}:{lineno}:{offset}: error: {msg}\n"
    lines = decoded_lines(data)
    if lineno <= len(lines):
        line = lines[lineno - 1]
        indent = "".join("\t" if c == "\t" else " " for c in line[: max(0, offset - 1)])
        gutter = " " * len(str(lineno))
        out += f" {lineno} | {line}\n {gutter} | {indent}^\n"
    return out


def expected_for(directory, name):
    """(expected text, None) for one case, or (None, why it is no test)."""
    with open(os.path.join(directory, name + ".py"), "rb") as f:
        data = f.read()
    path = f"{DISPLAY_DIR}/{name}.py"
    try:
        ast.parse(data, path)
    except SyntaxError as e:
        if e.lineno is None or (e.lineno >= 1 and (e.offset is None or e.offset < 1)):
            return None, f"CPython gives no usable location ({e.lineno}:{e.offset}: {e.msg})"
        return render(path, data, e.lineno, e.offset, e.msg), None
    except ValueError as e:
        return None, f"CPython raises ValueError, not SyntaxError: {e}"
    return None, "CPython accepts it"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed .expected files instead of writing them")
    parser.add_argument("--dir", default=HERE, help="folder of the cases (default: this script's)")
    args = parser.parse_args()

    names = case_names(args.dir)
    problems = []
    for name in names:
        expected, why_not = expected_for(args.dir, name)
        if why_not:
            problems.append(f"{name}.py: {why_not}")
            continue
        target = os.path.join(args.dir, name + ".expected")
        if args.check:
            try:
                with open(target, encoding="utf-8", newline="") as f:
                    committed = f.read()
            except FileNotFoundError:
                committed = None
            if committed != expected:
                problems.append(f"{name}.expected: differs from CPython; it should be:\n{expected}"
                                f"but is:\n{committed}")
        else:
            with open(target, "w", encoding="utf-8", newline="") as f:
                f.write(expected)
    for orphan in sorted(set(n[:-9] for n in os.listdir(args.dir) if n.endswith(".expected")) - set(names)):
        if args.check:
            problems.append(f"{orphan}.expected: no {orphan}.py beside it")
        else:
            os.remove(os.path.join(args.dir, orphan + ".expected"))
    for problem in problems:
        print(problem)
    if not names:
        problems.append("no cases")
    verb = "checked" if args.check else "wrote"
    print(f"syntax_errors: {verb} {len(names)} cases, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
