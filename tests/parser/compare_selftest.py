#!/usr/bin/python3
"""Proves that compare_ast.py can fail: it must notice every kind of
difference a broken parser can produce.

Runs compare_ast.py with fake_krait.py (CPython's answers, spoiled on
request) over generated files, once where every file is spoiled in a
different way and once where nothing is, and checks the verdicts, the
summary line and the exit status. Runs in a few seconds; needs no Krait.
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.realpath(__file__))
GOOD = "x = [1, 2]\nprint(f'{x!r:>10}')\n"
BAD = "x = (1,\ny = 2\n"  # CPython: '(' was never closed, line 1

# file name -> (source, the category compare_ast.py must report, or None)
CASES = {
    "ok.py": (GOOD, None),
    "ok_rejected.py": (BAD, None),
    "alter.py": (GOOD + "# FAKE: alter\n", "[ast] body[0].col_offset (Assign): krait 1, cpython 0"),
    "reorder.py": (GOOD + "# FAKE: reorder\n", "[ast] body[0] (Assign): keys"),
    "crash.py": (GOOD + "# FAKE: crash\n", "[crash] krait died of signal SIGSEGV"),
    "hang.py": (GOOD + "# FAKE: hang\n", "[timeout]"),
    "exit3.py": (GOOD + "# FAKE: exit3\n", "[exit-status] krait exited 3"),
    "reject.py": (GOOD + "# FAKE: reject\n", "[rejected]"),
    "wrongline.py": (BAD + "# FAKE: wrongline\n", "[error-line] krait rejects it on line 2"),
}


def run(directory):
    proc = subprocess.run(
        [sys.executable, os.path.join(HERE, "compare_ast.py"), directory,
         "--krait", os.path.join(HERE, "fake_krait.py"), "--timeout", "3", "--name", "selftest"],
        capture_output=True, text=True)
    return proc.returncode, proc.stdout.splitlines()


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (source, _) in CASES.items():
            with open(os.path.join(tmp, name), "w") as f:
                f.write(source)
        status, lines = run(tmp)
        print("\n".join(lines))
        for name, (_, verdict) in CASES.items():
            mine = [l for l in lines if l.startswith(f"DIFF {os.path.join(tmp, name)}:")]
            if verdict is None and mine:
                failures.append(f"{name}: reported although krait agrees: {mine}")
            if verdict is not None and not any(verdict in l for l in mine):
                failures.append(f"{name}: expected a line containing {verdict!r}, got {mine}")
        spoiled = sum(v is not None for _, v in CASES.values())
        summary = f"selftest: {len(CASES)} files, {len(CASES) - spoiled} identical, {spoiled} different"
        if not lines or not lines[-1].startswith(summary):
            failures.append(f"summary: expected {summary!r}, got {lines[-1:]}")
        if status != 1:
            failures.append(f"exit status {status} with differences, expected 1")
        for name, (_, verdict) in CASES.items():
            if verdict is not None:
                os.remove(os.path.join(tmp, name))
        status, lines = run(tmp)
        if status != 0 or not lines[-1].startswith("selftest: 2 files, 2 identical, 0 different"):
            failures.append(f"clean run: exit {status}, output {lines}")
    for failure in failures:
        print("FAIL", failure)
    print(f"compare_selftest: {'FAILED' if failures else 'passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
