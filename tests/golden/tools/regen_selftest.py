#!/usr/bin/python3
"""regen.py --check really fails: on a copy of a few goldens in a temporary
folder, a wrong .expected, a missing .expected, a stale .exit, a missing
.exit and an orphan are each reported by name; the untouched copy passes;
regen.py (without --check) repairs everything."""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REGEN = os.path.join(HERE, "regen.py")

OK = 'print("hello", 6 * 7)\n'
FAILS = 'print("before")\nraise SystemExit(3)\n'


def check(root, *files):
    proc = subprocess.run(["/usr/bin/python3", REGEN, "--check", "--root", root] + list(files),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc.returncode, proc.stderr


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    failures = []

    def expect(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    with tempfile.TemporaryDirectory() as root:
        write(os.path.join(root, "a", "ok.py"), OK)
        write(os.path.join(root, "a", "ok.expected"), "hello 42\n")
        write(os.path.join(root, "b", "fails.py"), FAILS)
        write(os.path.join(root, "b", "fails.expected"), "before\n")
        write(os.path.join(root, "b", "fails.exit"), "3\n")
        write(os.path.join(root, "tools", "not_a_program.py"), "raise SystemExit(9)\n")
        status, err = check(root)
        expect(status == 0, "correct goldens pass (%s)" % err.strip())

        write(os.path.join(root, "a", "ok.expected"), "hello 43\n")  # tuned by hand
        status, err = check(root)
        expect(status == 1 and "a/ok.expected: differs" in err, "a wrong .expected fails")
        status, err = check(root, os.path.join(root, "b", "fails.py"))
        expect(status == 0, "--check FILES looks only at FILES")
        status, err = check(root, os.path.join(root, "a", "ok.py"))
        expect(status == 1 and "a/ok.expected" in err, "--check FILES finds the wrong one")

        os.remove(os.path.join(root, "a", "ok.expected"))
        status, err = check(root)
        expect(status == 1 and "a/ok.expected: missing" in err, "a missing .expected fails")

        write(os.path.join(root, "a", "ok.exit"), "1\n")
        status, err = check(root)
        expect(status == 1 and "a/ok.exit: stale" in err, "a stale .exit fails")

        os.remove(os.path.join(root, "b", "fails.exit"))
        status, err = check(root)
        expect(status == 1 and "b/fails.exit: missing" in err, "a missing .exit fails")

        write(os.path.join(root, "c", "gone.expected"), "x\n")
        status, err = check(root)
        expect(status == 1 and "c/gone.expected: orphan" in err, "an orphaned .expected fails")

        subprocess.run(["/usr/bin/python3", REGEN, "--root", root], check=True,
                       stdout=subprocess.DEVNULL)
        status, err = check(root)
        expect(status == 0, "regen.py repairs them all (%s)" % err.strip())
        with open(os.path.join(root, "b", "fails.exit")) as f:
            expect(f.read() == "3\n", "the .exit file holds the status")
        expect(not os.path.exists(os.path.join(root, "tools", "not_a_program.expected")),
               "tools/ is not a program folder")

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
