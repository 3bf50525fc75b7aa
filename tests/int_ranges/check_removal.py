#!/usr/bin/python3
"""Checks which overflow checks `krait translate` removes (annotator/int_ranges.h).

  check_removal.py KRAIT PROGRAM.py

Translates PROGRAM.py (checked ints) to C++ and, for every source line
ending in `# overflow check: kept` or `# overflow check: removed`, looks at
the C++ of that line (the code after its `#line N` directive): a kept check
is a call of rt::int_add, int_sub, int_mul or int_neg there; a removed one
leaves no such call. Exits 1 listing the lines that disagree.
"""

import re
import subprocess
import sys
import tempfile

CHECKED_CALL = re.compile(r"rt::int_(add|sub|mul|neg)\(")
MARK = re.compile(r"#\s*overflow check:\s*(kept|removed)\s*$")


def checked_lines(cpp, program):
    """Source line numbers of `program` whose C++ calls a checked int operation."""
    lines, current = set(), None
    for text in cpp.splitlines():
        directive = re.match(r'#line (\d+) "(.*)"', text)
        if directive:
            current = int(directive.group(1)) if directive.group(2).endswith(program) else None
        elif current is not None and CHECKED_CALL.search(text):
            lines.add(current)
    return lines


def main():
    krait, program = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([krait, "translate", program, "--emit-cpp", out, "-o", out + "/program"],
                       check=True)
        name = program.rsplit("/", 1)[-1][:-len(".py")]
        with open(f"{out}/{name}.cc") as f:
            checked = checked_lines(f.read(), program.rsplit("/", 1)[-1])
    problems, marks = [], 0
    with open(program) as f:
        for number, line in enumerate(f, 1):
            mark = MARK.search(line)
            if not mark:
                continue
            marks += 1
            kept = number in checked
            if kept != (mark.group(1) == "kept"):
                problems.append(f"{program}:{number}: check {'kept' if kept else 'removed'}, "
                                f"expected {mark.group(1)}: {line.strip()}")
    if marks == 0:
        problems.append(f"{program}: no `# overflow check:` marks")
    print("\n".join(problems) or f"{marks} lines as marked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
