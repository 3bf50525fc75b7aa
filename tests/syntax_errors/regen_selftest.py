#!/usr/bin/python3
"""Proves that `regen.py --check` fails when a golden disagrees with CPython.

Copies the cases and their .expected files to a temporary folder and checks
that --check passes there, then fails naming the case after one .expected
file is changed (a wrong column), after one is deleted, and after a case is
added that CPython accepts.
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def check(directory):
    proc = subprocess.run([sys.executable, os.path.join(HERE, "regen.py"), "--check", "--dir", directory],
                          capture_output=True, text=True)
    return proc.returncode, proc.stdout


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in os.listdir(HERE):
            if name.endswith((".py", ".expected")) and name not in ("regen.py", "regen_selftest.py"):
                shutil.copy(os.path.join(HERE, name), tmp)
        status, out = check(tmp)
        if status != 0:
            failures.append(f"clean copy: exit {status}:\n{out}")

        victim = os.path.join(tmp, "unexpected_indent.expected")
        with open(victim) as f:
            text = f.read()
        with open(victim, "w") as f:
            f.write(text.replace(":2:4:", ":2:5:", 1))
        status, out = check(tmp)
        if status != 1 or "unexpected_indent.expected: differs" not in out:
            failures.append(f"changed column not caught: exit {status}:\n{out}")
        with open(victim, "w") as f:
            f.write(text)

        os.remove(os.path.join(tmp, "expected_colon_if.expected"))
        status, out = check(tmp)
        if status != 1 or "expected_colon_if.expected: differs" not in out:
            failures.append(f"missing .expected not caught: exit {status}:\n{out}")
        shutil.copy(os.path.join(HERE, "expected_colon_if.expected"), tmp)

        with open(os.path.join(tmp, "fine.py"), "w") as f:
            f.write("x = 1\n")
        status, out = check(tmp)
        if status != 1 or "fine.py: CPython accepts it" not in out:
            failures.append(f"valid case not caught: exit {status}:\n{out}")
    for failure in failures:
        print("FAIL", failure)
    print(f"regen_selftest: {'FAILED' if failures else 'passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
